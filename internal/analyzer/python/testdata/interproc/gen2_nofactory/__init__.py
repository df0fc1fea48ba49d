# gen2_nofactory: same runner built with the constructor; one raw and one quoting call site
