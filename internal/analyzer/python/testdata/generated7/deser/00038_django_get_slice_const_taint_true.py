# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=slice_const_taint (helper class) sink=v1 expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        vals = ["a", "b", param, "c"]
        window = vals[1:3]
        bar = window[1]
        return bar


def case_00038(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00038/", case_00038),
]
