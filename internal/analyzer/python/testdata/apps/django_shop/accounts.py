"""Login, logout and password reset."""
import logging

from django.contrib.auth import authenticate, get_user_model, login, logout
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from .forms import LoginForm
from .models import PasswordReset
from .services import notify
from .utils import security

logger = logging.getLogger("shop.accounts")


@require_http_methods(["GET", "POST"])
def login_view(request):  # want: PY-NO-MFA
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        password = form.cleaned_data["password"]
        user = authenticate(request, username=username, password=password)
        if user is None:
            logger.warning("failed login for %s (password %s)", username, password)  # want: PY-LOG-SECRET
            return render(request, "accounts/login.html", {"form": form, "error": "Invalid username or password"}, status=401)
        login(request, user)
        logger.info("login ok for user %s", user.pk)
        resp = redirect("shop:home")
        nxt = request.GET.get("next", "")
        if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            resp = redirect(nxt)
        resp.set_cookie("logged_in_hint", "1", max_age=14 * 86400, secure=True, httponly=True, samesite="Strict")
        return resp
    return render(request, "accounts/login.html", {"form": form})


def logout_view(request):
    logout(request)
    nxt = request.GET.get("next", "/")
    if nxt.startswith("/"):
        return redirect(nxt)  # want: PY-OPEN-REDIRECT
    return redirect("shop:home")


def password_reset(request):
    if request.method == "POST":
        email = request.POST.get("email", "")
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is not None:
            token = security.make_reset_token()
            PasswordReset.objects.create(user=user, token_hash=security.hash_token(token))
            notify.send_reset_mail(user.email, "https://shop.example/password/reset/%s/" % token)
        return render(request, "accounts/reset_sent.html")
    return render(request, "accounts/reset.html")


def password_reset_confirm(request, token):
    reset = PasswordReset.objects.filter(token_hash=security.hash_token(token), used=False).first()
    if reset is None:
        logger.info("unknown or used reset token")
        return render(request, "accounts/reset_invalid.html", status=400)
    if request.method == "POST":
        new_password = request.POST.get("password", "")
        if len(new_password) < 12:
            return render(request, "accounts/reset_form.html", {"error": "Use at least 12 characters."}, status=400)
        reset.user.set_password(new_password)
        reset.user.save()
        reset.used = True
        reset.save(update_fields=["used"])
        logger.info("password reset completed for user %s", reset.user.pk)
        return redirect("shop:login")
    return render(request, "accounts/reset_form.html")
