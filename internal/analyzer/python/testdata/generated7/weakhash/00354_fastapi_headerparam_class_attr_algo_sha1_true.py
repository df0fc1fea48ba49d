# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=headerparam shape=class_attr_algo_sha1 sink=specific expected=true
import hashlib

from fastapi import FastAPI, Header, Request

app = FastAPI()


class Hasher:
    ALGO = "sha1"

    def hash(self, value):
        return hashlib.new(self.ALGO, value.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH


@app.get("/case-00354")
async def case_00354(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    result = Hasher().hash(bar)
    return {"result": str(result)}
