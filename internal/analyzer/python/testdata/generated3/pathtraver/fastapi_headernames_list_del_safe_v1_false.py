# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=headernames propagation=list_del_safe sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00176")
def benchmark_test_00176(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": str(result)}
