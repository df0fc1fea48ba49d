# interproc/ignored_arg: package marker; helpers in another module ignore their tainted argument
