# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam shape=pickle_dumps_input sink=specific expected=false
import pickle

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00294")
async def case_00294(request: Request, x_query: str = Header("")):
    param = x_query
    bar = param
    blob = pickle.dumps({"q": bar})
    result = len(blob)
    return {"result": str(result)}
