# Reference for the DeLong benchmark: the same cases as org.confounderlab.engine.bench.DeLongBenchmark (integer
# formulas, identical doubles), tested with R's pROC: roc() of both score sets, then
# roc.test(method = "delong", paired = TRUE). Prints the results with 17 significant digits, seconds= (best of the
# repeats, from the raw scores to the test, as the engine's figure is) and test_seconds= (roc.test alone).
# Usage: Rscript delong_reference.R N [repeats]. Needs pROC (Debian: r-cran-proc).
suppressPackageStartupMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
n <- as.numeric(args[1])
repeats <- if (length(args) > 1) as.integer(args[2]) else 3
i <- as.numeric(0:(n - 1))
g <- 1e6
label <- as.integer(((i * 7919 + 13) %% 101) < 30)
u <- (i * 104729 + 7) %% g
v <- (i * 7727 + 3) %% g
first <- (u + 300000 * label) / g
second <- (floor((u + v) / 2) + 208000 * label) / g
best <- Inf
best_test <- Inf
for (r in seq_len(repeats)) {
  start <- proc.time()[["elapsed"]]
  r1 <- roc(label, first, levels = c(0, 1), direction = "<", quiet = TRUE)
  r2 <- roc(label, second, levels = c(0, 1), direction = "<", quiet = TRUE)
  middle <- proc.time()[["elapsed"]]
  test <- roc.test(r1, r2, method = "delong", paired = TRUE)
  end <- proc.time()[["elapsed"]]
  best <- min(best, end - start)
  best_test <- min(best_test, end - middle)
}
p <- function(name, value) cat(sprintf("%s=%.17g\n", name, value))
cat(sprintf("pROC=%s cases=%d positives=%d\n", packageVersion("pROC"), length(label), sum(label)))
p("auc1", as.numeric(auc(r1)))
p("auc2", as.numeric(auc(r2)))
p("var1", var(r1, method = "delong"))
p("var2", var(r2, method = "delong"))
p("cov", cov(r1, r2, method = "delong"))
p("z", test$statistic[[1]])
p("p", test$p.value)
cat(sprintf("seconds=%.6f\ntest_seconds=%.6f\n", best, best_test))
