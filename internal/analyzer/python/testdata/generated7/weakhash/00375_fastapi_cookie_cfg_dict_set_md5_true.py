# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookie shape=cfg_dict_set_md5 sink=specific expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00375")
def case_00375(request: Request):
    param = request.cookies.get("q", "none")
    bar = param
    cfg = {"algo": "sha256"}
    cfg["algo"] = "md5"
    result = hashlib.new(cfg["algo"], bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
