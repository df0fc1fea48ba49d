# interproc/wrapping: calls of functions that project decorators wrap; the wrapper decides what the function receives or returns
