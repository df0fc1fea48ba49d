# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=django_redirect_shortcut expected=true
from django.shortcuts import redirect
from django.urls import path


def case_django_redirect_shortcut(request):
    return redirect(request.POST.get("return_to", "/"))  # want: PY-OPEN-REDIRECT


urlpatterns = [path("redirect_django_redirect_shortcut/", case_django_redirect_shortcut)]
