# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=headernames shape=inherited_getter sink=v0 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Base:
    def get(self):
        return self.value


class Child(Base):
    def __init__(self, value):
        self.value = value


class FixedChild(Base):
    def __init__(self, value):
        self.value = value

    def get(self):
        return "fixed"


@app.get("/00039")
def benchmark_test_00039(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Child(param).get()
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
