import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

// Docker and a cluster are not available to the tests: the manifests are parsed and checked for what the
// server needs (probes on /api/v1/health, a non-root user, the config and secret wired in).
const folder = new URL("../../../deploy/kubernetes/", import.meta.url);

async function manifests(): Promise<Record<string, unknown>[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith(".yaml"));
  const documents = [];
  for (const file of files) {
    for (const document of parseAllDocuments(await readFile(new URL(file, folder), "utf8"))) {
      expect(document.errors, file).toEqual([]);
      documents.push(document.toJS() as Record<string, unknown>);
    }
  }
  return documents;
}

describe("deploy manifests", () => {
  it("parse, and the Deployment probes /api/v1/health as a non-root user with config and secret", async () => {
    const all = await manifests();
    const kinds = all.map((manifest) => manifest.kind).sort();
    expect(kinds).toEqual(["ConfigMap", "Deployment", "HorizontalPodAutoscaler", "Kustomization", "Secret", "Service"]);
    const deployment = all.find((manifest) => manifest.kind === "Deployment") as {
      spec: {
        template: { spec: { securityContext: { runAsNonRoot: boolean }; containers: Record<string, unknown>[] } };
      };
    };
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const [container] = pod.containers as {
      readinessProbe: { httpGet: { path: string } };
      livenessProbe: { httpGet: { path: string } };
      envFrom: Record<string, { name: string }>[];
    }[];
    expect(container?.readinessProbe.httpGet.path).toBe("/api/v1/health");
    expect(container?.livenessProbe.httpGet.path).toBe("/api/v1/health");
    expect(container?.envFrom.flatMap((source) => Object.values(source).map((ref) => ref.name))).toEqual([
      "frontier-config",
      "frontier-secrets",
    ]);
    const hpa = all.find((manifest) => manifest.kind === "HorizontalPodAutoscaler") as {
      spec: { scaleTargetRef: { name: string }; minReplicas: number; maxReplicas: number };
    };
    expect(hpa.spec.scaleTargetRef.name).toBe("frontier");
    expect(hpa.spec.minReplicas).toBeLessThan(hpa.spec.maxReplicas);
  });

  it("the Dockerfile is multi-stage on Node 24, runs as a non-root user and has a health check", async () => {
    const dockerfile = await readFile(new URL("../Dockerfile", folder), "utf8");
    expect(dockerfile.match(/^FROM node:24\S* AS \w+/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/pnpm --filter @frontier-ai\/server deploy/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/api\/v1\/health/m);
  });
});
