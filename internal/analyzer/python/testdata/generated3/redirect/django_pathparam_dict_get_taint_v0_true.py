# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=pathparam propagation=dict_get_taint sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00330(request, test_id):
    param = test_id
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00330/<str:test_id>/", benchmark_test_00330),
]
