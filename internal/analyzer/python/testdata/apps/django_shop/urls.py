"""URLconf of the shop."""
from django.urls import path, re_path

from . import accounts, views
from .views import (
    ContactFormView,
    ForumSearchView,
    InvoiceDownloadView,
    ProductDetailView,
    ProductListView,
    ReviewCreateView,
    StaffDashboardView,
)

app_name = "shop"

urlpatterns = [
    path("", views.home, name="home"),
    path("products/", ProductListView.as_view(), name="products"),
    path("products/<slug:slug>/", ProductDetailView.as_view(), name="product"),
    path("products/<int:product_id>/review/", ReviewCreateView.as_view(), name="review-new"),
    path("category/<str:name>/", views.category, name="category"),
    path("search/", views.search, name="search"),
    path("forum/search/", ForumSearchView.as_view(), name="forum-search"),
    path("forum/thread/<int:pk>/", views.thread_detail, name="thread"),
    path("forum/thread/<int:pk>/reply/", views.reply, name="reply"),
    path("forum/preview/", views.preview_post, name="preview"),
    path("forum/preview.txt", views.preview_plain, name="preview-plain"),
    path("forum/preview-escaped/", views.preview_escaped, name="preview-escaped"),
    path("contact/", ContactFormView.as_view(), name="contact"),
    path("cart/add/", views.cart_add, name="cart-add"),
    path("theme/", views.set_theme, name="theme"),
    path("orders/", views.order_list, name="orders"),
    path("orders/<int:order_id>/", views.order_detail, name="order"),
    path("orders/export/", views.order_export, name="order-export"),
    path("orders/<int:order_id>/invoice/", InvoiceDownloadView.as_view(), name="invoice"),
    path("media/<path:relpath>", views.media_file, name="media"),
    path("account/avatar/", views.avatar_from_url, name="avatar"),
    path("account/settings/", views.account_settings, name="account-settings"),
    path("account/support/upload/", views.support_upload, name="support-upload"),
    path("account/callback/", views.register_callback, name="callback"),
    path("manage/", StaffDashboardView.as_view(), name="staff"),
    path("manage/prices/", views.manage_prices, name="manage-prices"),
    path("manage/refunds/", views.manage_refunds, name="manage-refunds"),
    path("manage/coupons/", views.manage_coupons, name="manage-coupons"),
    path("manage/import/", views.manage_import, name="manage-import"),
    path("manage/partner-stock/", views.manage_partner_stock, name="manage-partner-stock"),
    path("manage/mail-preview/", views.manage_mail_preview, name="manage-mail-preview"),
    re_path(r"^c/(?P<code>[A-Z]{3})/$", views.legacy_redirect, name="legacy"),
    re_path(r"^go/(?P<target>.+)$", views.outbound, name="outbound"),
    path("login/", accounts.login_view, name="login"),
    path("logout/", accounts.logout_view, name="logout"),
    path("password/reset/", accounts.password_reset, name="password-reset"),
    path("password/reset/<str:token>/", accounts.password_reset_confirm, name="password-reset-confirm"),
    path("hooks/payment/", views.payment_webhook, name="payment-hook"),
    path("api/stock/", views.stock_json, name="stock"),
]
