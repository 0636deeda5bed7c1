# Reference values for the engine's ROC statistics (org.confounderlab.engine.stats), computed with R's pROC.
# Run from this folder:  Rscript proc_reference.R   (writes proc_reference.json next to it)
# Needs pROC (Debian: apt-get install r-cran-proc); recorded with pROC 1.18.0 on R 4.2.2.
#
# No data is committed: every case is generated from integer formulas that the Java test
# (org.confounderlab.engine.tests.roc.ProcReferenceTest) reproduces bit for bit. For i = 0 .. n-1:
#   label_i = 1 if ((i * 7919 + 13) mod P) < K, else 0
#   a_i     = ( ((i * 104729 + 7) mod G) + label_i * SA ) / G
#   b_i     = ( floor( (((i * 104729 + 7) mod G) + ((i * 7727 + 3) mod G)) / 2 ) + label_i * SB ) / G
# All products stay below 2^53, so they are exact in R's doubles and Java's longs, and each score is one IEEE
# division of two integers in both languages. Scores lie on a 1/G grid (heavy ties); b shares half of a's noise,
# so the two AUCs are correlated, as for one model scored on original and on masked images.
# Direction "<": a higher score means label 1 (case); controls are label 0.

suppressPackageStartupMessages(library(pROC))

cases <- list(
  list(name = "tiny",        n = 10,     P = 101, K = 50, G = 10,   SA = 3,   SB = 1),
  list(name = "moderate",    n = 2000,   P = 101, K = 30, G = 1000, SA = 300, SB = 250),
  list(name = "coarse_ties", n = 3000,   P = 101, K = 40, G = 20,   SA = 4,   SB = 3),
  list(name = "imbalanced",  n = 50000,  P = 101, K = 2,  G = 1000, SA = 400, SB = 350),
  list(name = "reversed_b",  n = 5000,   P = 101, K = 25, G = 1000, SA = 200, SB = -200),
  list(name = "tiny_p",      n = 20000,  P = 101, K = 30, G = 1000, SA = 600, SB = 300),
  list(name = "large",       n = 120000, P = 101, K = 20, G = 1000, SA = 300, SB = 203)
)

generate <- function(cs) {
  i <- as.numeric(0:(cs$n - 1))
  label <- as.integer(((i * 7919 + 13) %% cs$P) < cs$K)
  noise_a <- (i * 104729 + 7) %% cs$G
  noise_b <- (noise_a + (i * 7727 + 3) %% cs$G) %/% 2
  list(label = label,
       a = (noise_a + label * cs$SA) / cs$G,
       b = (noise_b + label * cs$SB) / cs$G)
}

num <- function(x) sprintf("%.17g", x)
vec <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")

entries <- character(0)
for (cs in cases) {
  d <- generate(cs)
  ra <- roc(d$label, d$a, levels = c(0, 1), direction = "<", quiet = TRUE)
  rb <- roc(d$label, d$b, levels = c(0, 1), direction = "<", quiet = TRUE)
  ca <- ci.auc(ra, method = "delong")
  cb <- ci.auc(rb, method = "delong")
  t <- roc.test(ra, rb, method = "delong", paired = TRUE)
  entries <- c(entries, paste0(
    "    {\"name\": \"", cs$name, "\", \"n\": ", cs$n, ", \"P\": ", cs$P, ", \"K\": ", cs$K,
    ", \"G\": ", cs$G, ", \"SA\": ", cs$SA, ", \"SB\": ", cs$SB,
    ",\n     \"cases\": ", sum(d$label == 1), ", \"controls\": ", sum(d$label == 0),
    ",\n     \"auc_a\": ", num(as.numeric(auc(ra))), ", \"auc_b\": ", num(as.numeric(auc(rb))),
    ",\n     \"var_a\": ", num(var(ra)), ", \"var_b\": ", num(var(rb)),
    ",\n     \"ci_a\": ", vec(c(ca[1], ca[3])), ", \"ci_b\": ", vec(c(cb[1], cb[3])),
    ",\n     \"statistic\": ", num(unname(t$statistic)), ", \"p_value\": ", num(t$p.value),
    ",\n     \"estimate\": ", vec(unname(t$estimate)), ", \"conf_int\": ", vec(as.numeric(t$conf.int)), "}"))
}

z <- c(0, 0.5, 1.959963984540054, 3, 5, 8.5, 10, 20, 30, 37.5)
normal <- paste0("  \"normal\": {\"z\": ", vec(z), ",\n    \"two_sided_p\": ", vec(2 * pnorm(-abs(z))),
                 ",\n    \"p\": ", vec(c(0.5, 0.975, 0.995, 0.9, 1e-10, 0.025, 1 - 1e-12)),
                 ",\n    \"qnorm\": ", vec(qnorm(c(0.5, 0.975, 0.995, 0.9, 1e-10, 0.025, 1 - 1e-12))), "}")

json <- paste0("{\n  \"generator\": \"proc_reference.R\",\n  \"pROC\": \"", as.character(packageVersion("pROC")),
               "\",\n  \"R\": \"", paste(R.version$major, R.version$minor, sep = "."), "\",\n",
               normal, ",\n  \"cases\": [\n", paste(entries, collapse = ",\n"), "\n  ]\n}\n")
writeLines(json, "proc_reference.json", sep = "")
