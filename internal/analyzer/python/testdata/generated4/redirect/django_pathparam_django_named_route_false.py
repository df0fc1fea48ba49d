# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=pathparam shape=django_named_route sink=specific expected=false
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00451(request, test_id):
    param = test_id
    bar = param
    return redirect("profile", username=bar)


urlpatterns = [
    path("00451/<str:test_id>/", benchmark_test_00451),
]
