# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headernames shape=guard_inverted sink=v0 expected=true
import jinja2

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00165")
def benchmark_test_00165(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    if param.isalnum():
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
