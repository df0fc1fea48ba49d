# interproc/shop: package marker for the SQLi cross-module scenario (no findings here)
