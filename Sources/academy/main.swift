import AcademyCLI

await Academy.runAsRoot()
