using System;
using System.IO;
using System.Threading.Tasks;
using Azure;
using Azure.ResourceManager.Resources;
using Azure.ResourceManager.Resources.Models;

namespace InfraSample
{
    /// <summary>
    /// ARM templates deployed from C#: a template file of the project (deploy/orders.template.json, read with
    /// File.ReadAllText: its findings are reported in the file, once, by the analysis of the file itself) and a
    /// template written in C#, whose findings are reported inside the literal.
    /// </summary>
    public static class TemplateDeployments
    {
        /// <summary>Deploys the orders template with its parameter file's values.</summary>
        public static async Task DeployOrdersAsync(ResourceGroupResource resourceGroup)
        {
            var properties = new ArmDeploymentProperties(ArmDeploymentMode.Incremental)
            {
                Template = BinaryData.FromString(File.ReadAllText("deploy/orders.template.json")),
                Parameters = BinaryData.FromString(File.ReadAllText("deploy/orders.parameters.json")),
            };
            await resourceGroup.GetArmDeployments().CreateOrUpdateAsync(WaitUntil.Completed, "orders", new ArmDeploymentContent(properties));
        }

        /// <summary>
        /// Misconfigured: a template that sets the identity type of an existing workflow to None turns its
        /// system-assigned identity off; its object ID is deleted and every connection that uses it must be recreated
        /// (LAMI007 on "None").
        /// </summary>
        public static async Task RetireLegacyAsync(ResourceGroupResource resourceGroup)
        {
            var properties = new ArmDeploymentProperties(ArmDeploymentMode.Incremental)
            {
                // LAMI007 on "None" below.
                Template = BinaryData.FromString("""
                    {
                      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                      "contentVersion": "1.0.0.0",
                      "resources": [
                        {
                          "type": "Microsoft.Logic/workflows",
                          "apiVersion": "2019-05-01",
                          "name": "legacy-orders",
                          "location": "westeurope",
                          "identity": { "type": "None" },
                          "properties": { "state": "Disabled" }
                        }
                      ]
                    }
                    """),
            };
            await resourceGroup.GetArmDeployments().CreateOrUpdateAsync(WaitUntil.Completed, "retire-legacy", new ArmDeploymentContent(properties));
        }
    }
}
