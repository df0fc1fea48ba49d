# interproc/reports: package marker; taint is returned from a helper module back into the view where the sink is
