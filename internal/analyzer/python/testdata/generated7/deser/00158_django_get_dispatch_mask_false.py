# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=dispatch_mask (helper class) sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path

HANDLERS = {"keep": lambda v: v.strip(), "mask": lambda v: "masked"}


class Test:
    def do_something(self, request, param):
        bar = HANDLERS["mask"](param)
        return bar


def case_00158(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00158/", case_00158),
]
