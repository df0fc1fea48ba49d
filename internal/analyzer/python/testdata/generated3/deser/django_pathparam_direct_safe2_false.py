# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=pathparam propagation=direct sink=safe2 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00445(request, test_id):
    param = test_id
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00445/<str:test_id>/", benchmark_test_00445),
]
