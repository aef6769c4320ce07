using System;
using System.Collections.Generic;

namespace ManagedIdentityAnalyzers.Benchmarks.Corpus
{
    /// <summary>Words the generator draws names and values from, so that files differ the way real ones do.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] Areas =
        {
            "Orders", "Invoices", "Billing", "Payroll", "Inventory", "Claims", "Shipping", "Audit", "Reports", "Partners",
            "Catalog", "Pricing", "Identity", "Messaging", "Archive", "Fulfilment", "Returns", "Ledger", "Onboarding", "Telemetry",
        };

        public static readonly string[] Nouns =
        {
            "Deployment", "Provisioning", "Naming", "Settings", "Policies", "Capacity", "Tags", "Inventory", "Validation", "Rollout",
        };

        public static readonly string[] Workloads =
        {
            "order-intake", "invoice-sync", "nightly-report", "payroll-export", "claims-intake", "fraud-check", "secret-reader",
            "archiver", "partner-notify", "stock-refresh", "price-feed", "ledger-close", "returns-triage", "audit-trail",
        };

        public static readonly string[] Regions = { "westeurope", "northeurope", "eastus", "eastus2", "westus2", "swedencentral" };

        public static readonly string[] Environments = { "dev", "test", "staging", "prod" };

        public static readonly string[] Teams = { "platform", "payments", "logistics", "finance", "integration", "security" };

        public static readonly string[] Vaults = { "contoso", "contoso-ops", "fabrikam", "northwind", "tailspin", "woodgrove" };

        public static readonly string[] Identities = { "ops", "deploy", "reader", "runner", "sync", "export" };

        public static string Pick(Random random, IReadOnlyList<string> words) => words[random.Next(words.Count)];
    }
}
