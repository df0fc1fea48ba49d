# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=headernames propagation=dict_get_taint sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00168")
def benchmark_test_00168(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}
