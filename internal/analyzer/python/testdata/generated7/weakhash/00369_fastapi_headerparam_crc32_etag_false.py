# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=headerparam shape=crc32_etag sink=specific expected=false
import zlib

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00369")
def case_00369(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    etag = "%08x" % zlib.crc32(bar.encode("utf-8"))
    result = etag
    return {"result": str(result)}
