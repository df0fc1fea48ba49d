# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header propagation=join_builder_replaced sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00188")
def benchmark_test_00188(request: Request):
    param = request.headers.get("referer", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": str(result)}
