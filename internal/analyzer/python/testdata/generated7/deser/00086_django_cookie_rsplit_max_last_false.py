# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=cookie shape=rsplit_max_last (helper class) sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        parts = (param + "/default").rsplit("/", 1)
        bar = parts[1]
        return bar


def case_00086(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00086/", case_00086),
]
