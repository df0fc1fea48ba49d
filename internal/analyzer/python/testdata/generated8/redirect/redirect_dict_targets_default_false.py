# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=dict_targets_default expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

TARGETS = {"home": "/", "cart": "/cart", "help": "/help"}


def case_dict_targets_default(request):
    param = request.GET.get("q", "")
    return HttpResponseRedirect(TARGETS.get(param, "/"))


urlpatterns = [
    path("redirect_dict_targets_default/", case_dict_targets_default),
]
