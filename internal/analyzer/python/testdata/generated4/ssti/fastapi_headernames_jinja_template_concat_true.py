# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headernames shape=jinja_template_concat sink=specific expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00442")
def benchmark_test_00442(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = jinja2.Template("Hello " + bar).render()  # want: PY-SSTI
    return {"result": str(result)}
