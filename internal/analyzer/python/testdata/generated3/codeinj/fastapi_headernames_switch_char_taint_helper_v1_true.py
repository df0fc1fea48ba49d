# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headernames propagation=switch_char_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.get("/00145")
def benchmark_test_00145(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": str(result)}
