# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=pathparam propagation=dict_overwrite_other sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00316(request, test_id):
    param = test_id
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00316/<str:test_id>/", benchmark_test_00316),
]
