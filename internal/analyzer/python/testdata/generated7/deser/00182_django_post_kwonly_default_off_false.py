# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=kwonly_default_off (helper class) sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def choose(*, value, use_value=False):
    return value if use_value else "default"


class Test:
    def do_something(self, request, param):
        bar = choose(value=param)
        return bar


def case_00182(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00182/", case_00182),
]
