# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header propagation=join_builder_replaced sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00173")
def benchmark_test_00173(request: Request):
    param = request.headers.get("referer", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
