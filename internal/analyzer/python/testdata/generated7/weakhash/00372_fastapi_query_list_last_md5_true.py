# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=query shape=list_last_md5 sink=specific expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()
ALGOS = ["sha256", "md5"]


@app.get("/case-00372")
async def case_00372(request: Request, q: str = ""):
    param = q
    bar = param
    algo = ALGOS[-1]
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
