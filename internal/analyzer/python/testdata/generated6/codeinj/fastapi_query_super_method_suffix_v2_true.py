# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=query shape=super_method_suffix sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class MaskReader(Reader):
    def get(self):
        super().get()
        return "masked"


@app.get("/00034")
def benchmark_test_00034(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = SuffixReader(param).get()
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
