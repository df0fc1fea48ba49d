# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=header shape=pandas_read_pickle sink=specific expected=true
import base64
import io
import pandas

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00456")
def benchmark_test_00456(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    frame = pandas.read_pickle(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = len(frame)
    return {"result": str(result)}
