# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=header variant=new_dict_md5 expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()
HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}


@app.get("/00656")
def benchmark_test_00656(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    algorithm = HASH_ALGORITHMS["legacy"]
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
