# generated case (gen_cases2): aiofiles.open with a match_info value -> path traversal
import aiofiles
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/files/{name}")
async def read_file(request):
    name = request.match_info["name"]
    async with aiofiles.open("/srv/files/" + name) as fh:  # want: PY-PATH-TRAVERSAL
        data = await fh.read()
    return web.json_response({"size": len(data)})


app = web.Application()
app.add_routes(routes)
