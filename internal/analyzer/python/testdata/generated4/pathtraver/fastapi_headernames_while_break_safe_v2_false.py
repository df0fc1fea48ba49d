# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=headernames shape=while_break_safe sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


@app.get("/00205")
def benchmark_test_00205(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    while True:
        bar = "safe"
        break
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
