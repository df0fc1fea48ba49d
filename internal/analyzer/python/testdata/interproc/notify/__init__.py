# interproc/notify: package marker for the SSRF/CMDi cross-module class scenario
