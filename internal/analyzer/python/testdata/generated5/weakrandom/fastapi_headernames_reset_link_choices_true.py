# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=headernames shape=reset_link_choices expected=true
import random
import string

from fastapi import FastAPI, Request

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00111")
def benchmark_test_00111(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    token = "".join(random.choices(ALPHABET, k=32))  # want: PY-WEAK-RANDOM
    reset_link = "https://shop.example.com/reset?token=" + token
    result = len(reset_link) + len(bar)
    return {"result": str(result)}
