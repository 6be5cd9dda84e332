using BenchmarkDotNet.Running;

// A benchmark that throws or fails validation makes the run fail, so CI's dry run proves that every benchmark executes.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
