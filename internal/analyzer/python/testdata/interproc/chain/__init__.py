# interproc/chain: package marker; three-hop flow views -> service -> repository
