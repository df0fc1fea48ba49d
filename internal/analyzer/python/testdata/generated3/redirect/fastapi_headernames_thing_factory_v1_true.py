# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headernames propagation=thing_factory sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.get("/00304")
def benchmark_test_00304(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    thing = make_thing()
    bar = thing.do_something(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
