# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header shape=getitem_taint sink=v2 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Registry:
    def __init__(self, value):
        self.value = value

    def __getitem__(self, key):
        return self.value if key == "term" else "fixed"


@app.get("/00268")
def benchmark_test_00268(request: Request):
    param = request.headers.get("referer", "")
    bar = Registry(param)["term"]
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
