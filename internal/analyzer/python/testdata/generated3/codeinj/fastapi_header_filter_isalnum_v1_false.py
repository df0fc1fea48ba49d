# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=header propagation=filter_isalnum sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00148")
def benchmark_test_00148(request: Request):
    param = request.headers.get("referer", "")
    bar = "".join(filter(str.isalnum, param))
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
