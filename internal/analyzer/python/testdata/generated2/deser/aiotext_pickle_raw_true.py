# generated case (gen_cases2): pickle.loads of the raw awaited body (bytes) -> deserialization
import pickle

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/state")
async def restore(request):
    blob = await request.read()
    obj = pickle.loads(blob)  # want: PY-DESERIALIZATION
    return web.json_response({"type": type(obj).__name__})


app = web.Application()
app.add_routes(routes)
