# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=pathparam propagation=join_builder_replaced sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00173/{test_id}")
def benchmark_test_00173(request: Request, test_id: str):
    param = test_id
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
