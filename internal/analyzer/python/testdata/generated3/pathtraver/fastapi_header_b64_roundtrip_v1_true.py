# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=header propagation=b64_roundtrip sink=v1 expected=true
import base64

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00180")
def benchmark_test_00180(request: Request):
    param = request.headers.get("referer", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}
