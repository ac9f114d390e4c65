<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Sound cards name this backend by its ID.</source>
        <translation>サウンドカードはこの ID でバックエンドを指定します。</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>SPICE (plays in the viewer)</source>
        <translation>SPICE (ビューアーで再生)</translation>
    </message>
    <message>
        <source>PulseAudio</source>
        <translation>PulseAudio</translation>
    </message>
    <message>
        <source>PipeWire</source>
        <translation>PipeWire</translation>
    </message>
    <message>
        <source>ALSA</source>
        <translation>ALSA</translation>
    </message>
    <message>
        <source>JACK</source>
        <translation>JACK</translation>
    </message>
    <message>
        <source>SDL</source>
        <translation>SDL</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>D-Bus</source>
        <translation>D-Bus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>None (silent)</source>
        <translation>なし (無音)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>The PulseAudio server; empty for the default one.</source>
        <translation>PulseAudio サーバー。空欄ならデフォルトのサーバー。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Timer period:</source>
        <translation>タイマー周期:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>How often the backend is serviced, in microseconds.</source>
        <translation>バックエンドを処理する間隔 (マイクロ秒)。</translation>
    </message>
    <message>
        <source>Pseudo terminal (pty)</source>
        <translation>疑似端末 (pty)</translation>
    </message>
    <message>
        <source>Output to a file</source>
        <translation>ファイルへの出力</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>TCP socket</source>
        <translation>TCP ソケット</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>Named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>SPICE port</source>
        <translation>SPICE ポート</translation>
    </message>
    <message>
        <source>QEMU vdagent</source>
        <translation>QEMU vdagent</translation>
    </message>
    <message>
        <source>Virtual console</source>
        <translation>仮想コンソール</translation>
    </message>
    <message>
        <source>Standard input/output</source>
        <translation>標準入出力</translation>
    </message>
    <message>
        <source>Null (discard)</source>
        <translation>Null (破棄)</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Host side:</source>
        <translation>ホスト側:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>For a UNIX socket, empty lets libvirt choose one.</source>
        <translation>UNIX ソケットの場合、空欄なら libvirt が選択します。</translation>
    </message>
    <message>
        <source>Host pty:</source>
        <translation>ホストの pty:</translation>
    </message>
    <message>
        <source>The terminal the host allocated for this port while the VM runs.</source>
        <translation>VM の実行中にホストがこのポートに割り当てた端末。</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Listen (bind)</source>
        <translation>待ち受け (bind)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Default (raw)</source>
        <translation>デフォルト (raw)</translation>
    </message>
    <message>
        <source>SPICE port name:</source>
        <translation>SPICE ポート名:</translation>
    </message>
    <message>
        <source>Port number:</source>
        <translation>ポート番号:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ログファイル:</translation>
    </message>
    <message>
        <source>Also write the output to this host file.</source>
        <translation>出力をこのホストのファイルにも書き込みます。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>パラレル</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>The name the guest sees, e.g. org.qemu.guest_agent.0 for the QEMU guest agent.</source>
        <translation>ゲストから見える名前 (例: QEMU ゲストエージェントなら org.qemu.guest_agent.0)。</translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation>ゲストエージェント:</translation>
    </message>
    <message>
        <source>Guest address:</source>
        <translation>ゲストのアドレス:</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>CCID (smartcard)</source>
        <translation>CCID (スマートカード)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>インデックス:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>PCI controllers are laid out by libvirt; change them in the XML tab.</source>
        <translation>PCI コントローラーは libvirt が配置します。変更は XML タブで行ってください。</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>ポート数:</translation>
    </message>
    <message>
        <source>Ports of the controller (an xHCI USB controller has up to 15).</source>
        <translation>コントローラーのポート数 (xHCI USB コントローラーは最大 15)。</translation>
    </message>
    <message>
        <source>Queues:</source>
        <translation>キュー数:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>ドライバー:</translation>
    </message>
    <message>
        <source>virtiofs (fast, needs shared memory)</source>
        <translation>virtiofs (高速、共有メモリーが必要)</translation>
    </message>
    <message>
        <source>9p (path)</source>
        <translation>9p (パス)</translation>
    </message>
    <message>
        <source>9p (handle)</source>
        <translation>9p (ハンドル)</translation>
    </message>
    <message>
        <source>Loop (LXC)</source>
        <translation>ループ (LXC)</translation>
    </message>
    <message>
        <source>NBD (LXC)</source>
        <translation>NBD (LXC)</translation>
    </message>
    <message>
        <source>ploop</source>
        <translation>ploop</translation>
    </message>
    <message>
        <source>Default (9p)</source>
        <translation>デフォルト (9p)</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>アクセスモード:</translation>
    </message>
    <message>
        <source>Passthrough</source>
        <translation>パススルー</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Squash</source>
        <translation>スカッシュ</translation>
    </message>
    <message>
        <source>Default (passthrough)</source>
        <translation>デフォルト (パススルー)</translation>
    </message>
    <message>
        <source>How the guest&apos;s file owners and permissions map to the host&apos;s (9p only).</source>
        <translation>ゲストのファイル所有者とパーミッションをホストにどう対応付けるか (9p のみ)。</translation>
    </message>
    <message>
        <source>Source directory:</source>
        <translation>ソースディレクトリー:</translation>
    </message>
    <message>
        <source>The host directory to share.</source>
        <translation>共有するホストのディレクトリー。</translation>
    </message>
    <message>
        <source>Mount tag:</source>
        <translation>マウントタグ:</translation>
    </message>
    <message>
        <source>The name the guest mounts, e.g. mount -t virtiofs TAG /mnt</source>
        <translation>ゲストがマウントするときの名前 (例: mount -t virtiofs TAG /mnt)</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>読み取り専用:</translation>
    </message>
    <message>
        <source>Export the directory read-only.</source>
        <translation>ディレクトリーを読み取り専用で公開します。</translation>
    </message>
    <message>
        <source>SCSI host (vhost)</source>
        <translation>SCSI ホスト (vhost)</translation>
    </message>
    <message>
        <source>Mediated device</source>
        <translation>仲介デバイス (mdev)</translation>
    </message>
    <message>
        <source>Storage (LXC)</source>
        <translation>ストレージ (LXC)</translation>
    </message>
    <message>
        <source>Character (LXC)</source>
        <translation>キャラクター (LXC)</translation>
    </message>
    <message>
        <source>Network (LXC)</source>
        <translation>ネットワーク (LXC)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Managed:</source>
        <translation>管理対象:</translation>
    </message>
    <message>
        <source>libvirt detaches the device from its host driver while the VM runs.</source>
        <translation>VM の実行中は libvirt がデバイスをホストのドライバーから切り離します。</translation>
    </message>
    <message>
        <source>ROM BAR:</source>
        <translation>ROM BAR:</translation>
    </message>
    <message>
        <source>Default (on)</source>
        <translation>デフォルト (オン)</translation>
    </message>
    <message>
        <source>Whether the device&apos;s option ROM is visible to the guest.</source>
        <translation>デバイスのオプション ROM をゲストに見せるかどうか。</translation>
    </message>
    <message>
        <source>Shareable:</source>
        <translation>共有可能:</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Not bootable</source>
        <translation>起動しない</translation>
    </message>
    <message>
        <source>Intel VT-d</source>
        <translation>Intel VT-d</translation>
    </message>
    <message>
        <source>Arm SMMUv3</source>
        <translation>Arm SMMUv3</translation>
    </message>
    <message>
        <source>virtio-iommu</source>
        <translation>virtio-iommu</translation>
    </message>
    <message>
        <source>Interrupt remapping:</source>
        <translation>割り込みリマッピング:</translation>
    </message>
    <message>
        <source>Needs the split I/O APIC (ioapic driver qemu).</source>
        <translation>分割 I/O APIC (ioapic driver qemu) が必要です。</translation>
    </message>
    <message>
        <source>Caching mode:</source>
        <translation>キャッシュモード:</translation>
    </message>
    <message>
        <source>Needed to pass devices to a nested guest.</source>
        <translation>ネストしたゲストにデバイスを渡すのに必要です。</translation>
    </message>
    <message>
        <source>Extended interrupt mode:</source>
        <translation>拡張割り込みモード:</translation>
    </message>
    <message>
        <source>Device IOTLB:</source>
        <translation>デバイス IOTLB:</translation>
    </message>
    <message>
        <source>Address width:</source>
        <translation>アドレス幅:</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> ビット</translation>
    </message>
    <message>
        <source>Lockspace:</source>
        <translation>ロックスペース:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Target path:</source>
        <translation>ターゲットパス:</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>オフセット:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>None (no balloon)</source>
        <translation>なし (バルーンなし)</translation>
    </message>
    <message>
        <source>Deflate on OOM:</source>
        <translation>OOM 時に縮小:</translation>
    </message>
    <message>
        <source>Give memory back to the guest before its out-of-memory killer runs.</source>
        <translation>ゲストの OOM キラーが動く前にメモリーをゲストに返します。</translation>
    </message>
    <message>
        <source>Free page reporting:</source>
        <translation>空きページの報告:</translation>
    </message>
    <message>
        <source>The guest reports free memory so the host can reclaim it.</source>
        <translation>ゲストが空きメモリーを報告し、ホストが回収できるようにします。</translation>
    </message>
    <message>
        <source>Statistics every:</source>
        <translation>統計の間隔:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the guest reports memory statistics; a running VM takes this at once.</source>
        <translation>ゲストがメモリー統計を報告する間隔。実行中の VM にはすぐに反映されます。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>NUMA node:</source>
        <translation>NUMA ノード:</translation>
    </message>
    <message>
        <source>Requested:</source>
        <translation>要求サイズ:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>ブロックサイズ:</translation>
    </message>
    <message>
        <source>Backing file:</source>
        <translation>バッキングファイル:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>ISA (pvpanic port)</source>
        <translation>ISA (pvpanic ポート)</translation>
    </message>
    <message>
        <source>PCI pvpanic</source>
        <translation>PCI pvpanic</translation>
    </message>
    <message>
        <source>Hyper-V crash MSRs</source>
        <translation>Hyper-V クラッシュ MSR</translation>
    </message>
    <message>
        <source>pSeries (POWER)</source>
        <translation>pSeries (POWER)</translation>
    </message>
    <message>
        <source>s390</source>
        <translation>s390</translation>
    </message>
    <message>
        <source>What happens after a crash is set by the VM&apos;s on_crash action.</source>
        <translation>クラッシュ後の動作は VM の on_crash アクションで設定します。</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>TCP usbredir server</source>
        <translation>TCP usbredir サーバー</translation>
    </message>
    <message>
        <source>Host random device</source>
        <translation>ホストの乱数デバイス</translation>
    </message>
    <message>
        <source>QEMU&apos;s built-in generator</source>
        <translation>QEMU 内蔵の生成器</translation>
    </message>
    <message>
        <source>Entropy gathering daemon (EGD)</source>
        <translation>エントロピー収集デーモン (EGD)</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>Usually /dev/urandom.</source>
        <translation>通常は /dev/urandom です。</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>レート制限:</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>At most this many bytes per period.</source>
        <translation>1 周期あたりの最大バイト数。</translation>
    </message>
    <message>
        <source>Rate period:</source>
        <translation>レート周期:</translation>
    </message>
    <message>
        <source>Default (1000 ms)</source>
        <translation>デフォルト (1000 ミリ秒)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>VMs with the same name share the region.</source>
        <translation>同じ名前の VM どうしで領域を共有します。</translation>
    </message>
    <message>
        <source>Default (4 MiB)</source>
        <translation>デフォルト (4 MiB)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>Master (migrates the contents)</source>
        <translation>マスター (内容を移行する)</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Server socket:</source>
        <translation>サーバーソケット:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Pseudo terminal</source>
        <translation>疑似端末</translation>
    </message>
    <message>
        <source>Host reader</source>
        <translation>ホストのカードリーダー</translation>
    </message>
    <message>
        <source>Host certificates</source>
        <translation>ホストの証明書</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>Certificate database:</source>
        <translation>証明書データベース:</translation>
    </message>
    <message>
        <source>Default: /etc/pki/nssdb</source>
        <translation>デフォルト: /etc/pki/nssdb</translation>
    </message>
    <message>
        <source>CRB (tpm-crb)</source>
        <translation>CRB (tpm-crb)</translation>
    </message>
    <message>
        <source>TIS (tpm-tis)</source>
        <translation>TIS (tpm-tis)</translation>
    </message>
    <message>
        <source>sPAPR (tpm-spapr, POWER)</source>
        <translation>sPAPR (tpm-spapr、POWER)</translation>
    </message>
    <message>
        <source>sPAPR proxy (POWER)</source>
        <translation>sPAPR プロキシ (POWER)</translation>
    </message>
    <message>
        <source>Emulated (swtpm)</source>
        <translation>エミュレート (swtpm)</translation>
    </message>
    <message>
        <source>Host TPM passed through</source>
        <translation>ホストの TPM をパススルー</translation>
    </message>
    <message>
        <source>External swtpm socket</source>
        <translation>外部 swtpm ソケット</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Windows 11 needs TPM 2.0.</source>
        <translation>Windows 11 には TPM 2.0 が必要です。</translation>
    </message>
    <message>
        <source>Keep state:</source>
        <translation>状態を保持:</translation>
    </message>
    <message>
        <source>Keep the TPM&apos;s state when the VM is undefined.</source>
        <translation>VM の定義を削除しても TPM の状態を残します。</translation>
    </message>
    <message>
        <source>Usually /dev/tpm0.</source>
        <translation>通常は /dev/tpm0 です。</translation>
    </message>
    <message>
        <source>Automatic CID:</source>
        <translation>CID を自動割り当て:</translation>
    </message>
    <message>
        <source>Let libvirt pick a free context id.</source>
        <translation>空いているコンテキスト ID を libvirt に選ばせます。</translation>
    </message>
    <message>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <source>The guest&apos;s address; 0–2 are reserved.</source>
        <translation>ゲストのアドレス。0–2 は予約済みです。</translation>
    </message>
    <message>
        <source>i6300esb is a PCI device for any machine; iTCO is built into Q35 machines.</source>
        <translation>i6300esb はどのマシンでも使える PCI デバイス、iTCO は Q35 マシンに内蔵されています。</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Reset the VM</source>
        <translation>VM をリセット</translation>
    </message>
    <message>
        <source>Shut the guest down gracefully</source>
        <translation>ゲストを正常にシャットダウン</translation>
    </message>
    <message>
        <source>Power the VM off</source>
        <translation>VM の電源を切る</translation>
    </message>
    <message>
        <source>Pause the VM</source>
        <translation>VM を一時停止</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Dump the guest&apos;s memory</source>
        <translation>ゲストのメモリーをダンプ</translation>
    </message>
    <message>
        <source>Inject an NMI into the guest</source>
        <translation>ゲストに NMI を送る</translation>
    </message>
    <message>
        <source>Default (reset)</source>
        <translation>デフォルト (リセット)</translation>
    </message>
    <message>
        <source>What happens when the guest stops feeding the watchdog.</source>
        <translation>ゲストがウォッチドッグへの応答を止めたときの動作。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>an error on the link</source>
        <translation>通信路のエラー</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>ホストが接続を閉じました</translation>
    </message>
    <message>
        <source>the host stopped answering</source>
        <translation>ホストが応答しなくなりました</translation>
    </message>
    <message>
        <source>closed here</source>
        <translation>こちら側で切断</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Not connected to {uri}</source>
        <translation>{uri} に接続していません</translation>
    </message>
    <message>
        <source>{uri} does not go over virtdesk&apos;s SSH</source>
        <translation>{uri} は virtdesk の SSH を経由しません</translation>
    </message>
    <message>
        <source>{host} answers again</source>
        <translation>{host} が再び応答しています</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>{host} is not answering</source>
        <translation>{host} が応答しません</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>要求に失敗しました</translation>
    </message>
    <message>
        <source>Not opened: this connection makes libvirt run the program {program}. Confirm it before connecting.</source>
        <translation>開いていません: この接続では libvirt がプログラム {program} を実行します。接続する前に確認してください。</translation>
    </message>
    <message>
        <source>Could not open {uri}</source>
        <translation>{uri} を開けませんでした</translation>
    </message>
    <message>
        <source>Authentication cancelled</source>
        <translation>認証がキャンセルされました</translation>
    </message>
    <message>
        <source>Could not connect to {uri}</source>
        <translation>{uri} に接続できませんでした</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>接続が切れました: {reason}</translation>
    </message>
    <message>
        <source>Reading the configuration of {name}</source>
        <translation>{name} の設定を読み込み中</translation>
    </message>
    <message>
        <source>Saving the configuration of {name}</source>
        <translation>{name} の設定を保存中</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere (for example with virsh) after this window read it. Nothing was saved; reload to see the new configuration, then make your change again.</source>
        <translation>このウィンドウが読み込んだ後に、設定が別の場所 (virsh など) で変更されました。何も保存していません。再読み込みして新しい設定を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>“{mac}” is not a MAC address (six pairs of hex digits separated by colons).</source>
        <translation>“{mac}” は MAC アドレスではありません (コロンで区切った 2 桁の 16 進数 6 組)。</translation>
    </message>
    <message>
        <source>“{mac}” is a multicast address; a NIC needs a unicast one.</source>
        <translation>“{mac}” はマルチキャストアドレスです。NIC にはユニキャストアドレスが必要です。</translation>
    </message>
    <message>
        <source>Another NIC of this VM already has the MAC address {mac}.</source>
        <translation>この VM の別の NIC が既に MAC アドレス {mac} を使っています。</translation>
    </message>
    <message>
        <source>{device} is no longer in the configuration of this VM.</source>
        <translation>{device} はもうこの VM の設定にありません。</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>NIC {mac}</source>
        <translation>NIC {mac}</translation>
    </message>
    <message>
        <source>Host {type} device {where}</source>
        <translation>ホスト {type} デバイス {where}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>コントローラー</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>ウォッチドッグ</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>RNG</source>
        <translation>RNG</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>スマートカード</translation>
    </message>
    <message>
        <source>USB redirector</source>
        <translation>USB リダイレクター</translation>
    </message>
    <message>
        <source>Panic notifier</source>
        <translation>パニック通知</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>Memory balloon</source>
        <translation>メモリーバルーン</translation>
    </message>
    <message>
        <source>The PS/2 mouse and keyboard are part of the machine.</source>
        <translation>PS/2 マウスとキーボードはマシンの一部です。</translation>
    </message>
    <message>
        <source>This controller is built into the machine.</source>
        <translation>このコントローラーはマシンに内蔵されています。</translation>
    </message>
    <message>
        <source>The display needs a video device; add another one first.</source>
        <translation>ディスプレイにはビデオデバイスが必要です。先に別のビデオデバイスを追加してください。</translation>
    </message>
    <message>
        <source>libvirt always adds a balloon; set its model to “none” on its page instead.</source>
        <translation>libvirt は常にバルーンを追加します。代わりにそのページでモデルを “none” にしてください。</translation>
    </message>
    <message>
        <source>Attach {device}</source>
        <translation>{device} を接続</translation>
    </message>
    <message>
        <source>Detach {device}</source>
        <translation>{device} を取り外し</translation>
    </message>
    <message>
        <source>The disk image {path} is used by {vms}; it was not deleted.</source>
        <translation>ディスクイメージ {path} は {vms} が使用しているため、削除しませんでした。</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM ユーザーセッション</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Linux containers (LXC)</source>
        <translation>Linux コンテナー (LXC)</translation>
    </message>
    <message>
        <source>OpenVZ</source>
        <translation>OpenVZ</translation>
    </message>
    <message>
        <source>bhyve (FreeBSD)</source>
        <translation>bhyve (FreeBSD)</translation>
    </message>
    <message>
        <source>VirtualBox</source>
        <translation>VirtualBox</translation>
    </message>
    <message>
        <source>Cloud Hypervisor</source>
        <translation>Cloud Hypervisor</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>テストドライバー</translation>
    </message>
    <message>
        <source>Local (this machine)</source>
        <translation>ローカル (このマシン)</translation>
    </message>
    <message>
        <source>SSH (virtdesk&apos;s own SSH)</source>
        <translation>SSH (virtdesk 内蔵の SSH)</translation>
    </message>
    <message>
        <source>SSH (the system ssh program)</source>
        <translation>SSH (システムの ssh プログラム)</translation>
    </message>
    <message>
        <source>TLS (certificates)</source>
        <translation>TLS (証明書)</translation>
    </message>
    <message>
        <source>TCP (unencrypted unless SASL)</source>
        <translation>TCP (SASL を使わない限り暗号化なし)</translation>
    </message>
    <message>
        <source>SSH (libvirt&apos;s libssh)</source>
        <translation>SSH (libvirt の libssh)</translation>
    </message>
    <message>
        <source>SSH (libvirt&apos;s libssh2)</source>
        <translation>SSH (libvirt の libssh2)</translation>
    </message>
    <message>
        <source>Reading the display password of {name}</source>
        <translation>{name} のディスプレイのパスワードを読み取り中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Still running.</source>
        <translation>まだ実行中です。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Cancelled: what is listed above was done, nothing after it.</source>
        <translation>キャンセルしました: 上に挙げた処理は完了しており、それ以降は何も行われていません。</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Run a Program?</source>
        <translation>プログラムを実行しますか?</translation>
    </message>
    <message>
        <source>Opening {uri} makes libvirt run this program on this computer:

{program}

It runs with your rights. Connect only if you trust it.</source>
        <translation>{uri} を開くと、libvirt がこのコンピューター上で次のプログラムを実行します:

{program}

このプログラムはあなたの権限で実行されます。信頼できる場合にのみ接続してください。</translation>
    </message>
    <message>
        <source>Run It and Connect</source>
        <translation>実行して接続</translation>
    </message>
    <message>
        <source>Remove the Old Host Key?</source>
        <translation>古いホスト鍵を削除しますか?</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}) has changed.

On record: {old}
Offered now: {type} {fingerprint}

Someone may be intercepting the connection. Remove the old key only if you know the host&apos;s key was changed on purpose (for example, the host was reinstalled). You will then be asked about the new key.</source>
        <translation>{host} (ポート {port}) のホスト鍵が変更されています。

記録されている鍵: {old}
今回提示された鍵: {type} {fingerprint}

何者かが接続を傍受している可能性があります。ホスト鍵が意図的に変更された (ホストを再インストールしたなど) と分かっている場合にのみ、古い鍵を削除してください。削除すると、新しい鍵を信頼するかどうかを確認します。</translation>
    </message>
    <message>
        <source>Remove Old Key</source>
        <translation>古い鍵を削除</translation>
    </message>
    <message>
        <source>Could not remove the old host key</source>
        <translation>古いホスト鍵を削除できませんでした</translation>
    </message>
    <message>
        <source>Old Key Kept Elsewhere</source>
        <translation>古い鍵が別の場所にも残っています</translation>
    </message>
    <message>
        <source>The old key is also in a file virtdesk does not change:

{where}

Remove it there (for example with ssh-keygen -R), then connect again.</source>
        <translation>古い鍵は、virtdesk が変更しないファイルにも記録されています:

{where}

そのファイルから鍵を削除してから (ssh-keygen -R などで)、もう一度接続してください。</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Disk images and ISO files</source>
        <translation>ディスクイメージと ISO ファイル</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>it runs on FreeBSD only; connect to a FreeBSD host over the network.</source>
        <translation>FreeBSD でのみ動作します。ネットワーク経由で FreeBSD ホストに接続してください。</translation>
    </message>
    <message>
        <source>libvirt&apos;s {module} is not installed (Debian package {package}).</source>
        <translation>libvirt の {module} がインストールされていません (Debian パッケージ {package})。</translation>
    </message>
    <message>
        <source>libvirt&apos;s {module} is not installed.</source>
        <translation>libvirt の {module} がインストールされていません。</translation>
    </message>
    <message>
        <source>no libvirt daemon to run it is installed (libvirtd or {daemon}).</source>
        <translation>実行するための libvirt デーモン (libvirtd または {daemon}) がインストールされていません。</translation>
    </message>
    <message>
        <source>this machine&apos;s kernel cannot run it (there is no /{file}).</source>
        <translation>このマシンのカーネルでは実行できません (/{file} がありません)。</translation>
    </message>
    <message>
        <source>{path} (or {user_path})</source>
        <translation>{path} (または {user_path})</translation>
    </message>
    <message>
        <source>Starting the pool {name}</source>
        <translation>プール {name} を起動中</translation>
    </message>
    <message>
        <source>Stopping the pool {name}</source>
        <translation>プール {name} を停止中</translation>
    </message>
    <message>
        <source>Refreshing the pool {name}</source>
        <translation>プール {name} を更新中</translation>
    </message>
    <message>
        <source>Turning autostart on for the pool {name}</source>
        <translation>プール {name} の自動起動をオンに設定中</translation>
    </message>
    <message>
        <source>Turning autostart off for the pool {name}</source>
        <translation>プール {name} の自動起動をオフに設定中</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {error}.</source>
        <translation>鍵ファイル {path} を使用できません: {error}。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を閉じました。</translation>
    </message>
    <message>
        <source>agent key {key_type} {fingerprint}</source>
        <translation>エージェントの鍵 {key_type} {fingerprint}</translation>
    </message>
    <message>
        <source>key file {path}</source>
        <translation>鍵ファイル {path}</translation>
    </message>
    <message>
        <source>The SSH agent at {path} did not answer ({error}).</source>
        <translation>{path} の SSH エージェントが応答しませんでした ({error})。</translation>
    </message>
    <message>
        <source>The key file {path} does not exist.</source>
        <translation>鍵ファイル {path} は存在しません。</translation>
    </message>
    <message>
        <source>The key file {path} needs its passphrase, which was not given.</source>
        <translation>鍵ファイル {path} にはパスフレーズが必要ですが、入力されませんでした。</translation>
    </message>
    <message>
        <source>The passphrase for {path} was wrong {count} times.</source>
        <translation>{path} のパスフレーズが {count} 回間違っていました。</translation>
    </message>
    <message>
        <source>A password login needs someone to type the password.</source>
        <translation>パスワードによるログインには、パスワードを入力する人が必要です。</translation>
    </message>
    <message>
        <source>A keyboard-interactive login needs someone to answer the server&apos;s questions.</source>
        <translation>キーボード対話型のログインには、サーバーからの質問に答える人が必要です。</translation>
    </message>
    <message>
        <source>SSH handshake</source>
        <translation>SSH ハンドシェイク</translation>
    </message>
    <message>
        <source>the host closed the connection during the handshake</source>
        <translation>ハンドシェイク中にホストが接続を閉じました</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be applied to {host}: {error}</source>
        <translation>{path} を {host} に適用できません: {error}</translation>
    </message>
    <message>
        <source>ProxyJump {spec!r} has an invalid port</source>
        <translation>ProxyJump {spec!r} のポートが無効です</translation>
    </message>
    <message>
        <source>ProxyJump {spec!r} names no host</source>
        <translation>ProxyJump {spec!r} にホストが指定されていません</translation>
    </message>
    <message>
        <source>ProxyJump for {host} goes through more than {count} hosts (a loop?)</source>
        <translation>{host} の ProxyJump が {count} 台を超えるホストを経由しています (ループしていませんか?)</translation>
    </message>
    <message>
        <source>{path} sets a ProxyCommand for {host}; virtdesk&apos;s SSH does not run programs. Use the system ssh transport for this host, or ProxyJump.</source>
        <translation>{path} で {host} に ProxyCommand が設定されていますが、virtdesk の SSH はプログラムを実行しません。このホストにはシステムの ssh のトランスポートを使うか、ProxyJump を使ってください。</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>The {what} {value!r} cannot be used: {reason}.</source>
        <translation>{what} {value!r} は使用できません: {reason}。</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}: no SSH server listens there.</source>
        <translation>{host} がポート {port} への接続を拒否しました: このポートで待ち受けている SSH サーバーはありません。</translation>
    </message>
    <message>
        <source>{host} (port {port}) did not answer within {seconds:g} seconds.</source>
        <translation>{host} (ポート {port}) から {seconds:g} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>{host} (port {port}) did not finish the {stage} within {seconds:g} seconds.</source>
        <translation>{host} (ポート {port}) で {seconds:g} 秒以内に {stage} が完了しませんでした。</translation>
    </message>
    <message>
        <source>The host name {host} cannot be resolved: {detail}.</source>
        <translation>ホスト名 {host} を解決できません: {detail}。</translation>
    </message>
    <message>
        <source>Cannot reach {host} on port {port}: {detail}.</source>
        <translation>{host} のポート {port} に到達できません: {detail}。</translation>
    </message>
    <message>
        <source>The SSH handshake with {host} (port {port}) failed: {detail}.</source>
        <translation>{host} (ポート {port}) との SSH ハンドシェイクに失敗しました: {detail}。</translation>
    </message>
    <message>
        <source>Authentication as {target} failed. Tried: {tried}. The server accepts: {allowed}.</source>
        <translation>{target} としての認証に失敗しました。試した方法: {tried}。サーバーが受け付ける方法: {allowed}。</translation>
    </message>
    <message>
        <source>Authentication as {target} failed. Tried: {tried}.</source>
        <translation>{target} としての認証に失敗しました。試した方法: {tried}。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Logging in as {target} was cancelled.</source>
        <translation>{target} としてのログインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}) is not known: {key_type} key {fingerprint}. Nobody was there to confirm it, so virtdesk did not connect.</source>
        <translation>{host} (ポート {port}) のホスト鍵は未知のものです: {key_type} 鍵 {fingerprint}。確認できる人がいなかったため、virtdesk は接続しませんでした。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}), {key_type} {fingerprint}, was not accepted.</source>
        <translation>{host} (ポート {port}) のホスト鍵 {key_type} {fingerprint} は受け入れられませんでした。</translation>
    </message>
    <message>
        <source>WARNING: the host key of {host} (port {port}) has changed. It was {old}; the host now offers {key_type} key {fingerprint}. Someone may be intercepting the connection. virtdesk refuses to connect; if the key was changed on purpose, remove the old key first.</source>
        <translation>警告: {host} (ポート {port}) のホスト鍵が変更されています。以前の鍵は {old} でしたが、現在ホストは {key_type} 鍵 {fingerprint} を提示しています。何者かが接続を傍受している可能性があります。virtdesk は接続を拒否します。鍵が意図的に変更された場合は、先に古い鍵を削除してください。</translation>
    </message>
    <message>
        <source>The host key of {host} (port {port}), {key_type} {fingerprint}, is marked revoked in {where}. virtdesk refuses to connect.</source>
        <translation>{host} (ポート {port}) のホスト鍵 {key_type} {fingerprint} は {where} で失効済みとされています。virtdesk は接続を拒否します。</translation>
    </message>
    <message>
        <source>libvirt is not installed on {host}: neither virt-ssh-helper, a libvirt daemon nor a libvirt socket was found there.</source>
        <translation>{host} には libvirt がインストールされていません: virt-ssh-helper、libvirt デーモン、libvirt ソケットのいずれも見つかりませんでした。</translation>
    </message>
    <message>
        <source>{host} has libvirt but no way to reach it over SSH: install virt-ssh-helper (libvirt 6.8 or later), netcat with UNIX-socket support (netcat-openbsd) or socat there.</source>
        <translation>{host} には libvirt がありますが、SSH 経由で libvirt に接続する手段がありません: そのホストに virt-ssh-helper (libvirt 6.8 以降)、UNIX ソケット対応の netcat (netcat-openbsd)、または socat をインストールしてください。</translation>
    </message>
    <message>
        <source>No libvirt daemon answers for {uri} on {host}: none of {looked_at} exists. Is the daemon running?</source>
        <translation>{host} 上で {uri} に応答する libvirt デーモンがありません: {looked_at} のいずれも存在しません。デーモンは実行されていますか?</translation>
    </message>
    <message>
        <source>The SSH connection to {target} is closed: {reason}</source>
        <translation>{target} への SSH 接続は閉じられています: {reason}</translation>
    </message>
    <message>
        <source>{target} did not open {what}: {detail}.</source>
        <translation>{target} で {what} を開けませんでした: {detail}。</translation>
    </message>
    <message>
        <source>{target} does not offer SFTP, so its files cannot be browsed: {detail}.</source>
        <translation>{target} は SFTP を提供していないため、ファイルを参照できません: {detail}。</translation>
    </message>
    <message>
        <source>{path} on {target} cannot be read: {detail}.</source>
        <translation>{target} 上の {path} を読み込めません: {detail}。</translation>
    </message>
    <message>
        <source>{path} does not exist on {target}.</source>
        <translation>{target} 上に {path} は存在しません。</translation>
    </message>
    <message>
        <source>{target} does not let this user read {path} (permission denied).</source>
        <translation>{target} 上の {path} をこのユーザーは読み込めません (アクセスが拒否されました)。</translation>
    </message>
    <message>
        <source>SFTP request</source>
        <translation>SFTP 要求</translation>
    </message>
    <message>
        <source>the SFTP channel closed</source>
        <translation>SFTP チャネルが閉じられました</translation>
    </message>
    <message>
        <source>a name there is not UTF-8 text</source>
        <translation>UTF-8 のテキストではない名前があります</translation>
    </message>
    <message>
        <source>the server refused the SFTP subsystem</source>
        <translation>サーバーが SFTP サブシステムを拒否しました</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>socat cannot name a path with : , ! quotes or spaces</source>
        <translation>socat では : , ! 引用符、空白を含むパスを指定できません</translation>
    </message>
    <message>
        <source>the host stopped answering (no answer for {seconds:g} seconds)</source>
        <translation>ホストが応答しなくなりました ({seconds:g} 秒間応答なし)</translation>
    </message>
    <message>
        <source>virtdesk is closing</source>
        <translation>virtdesk を終了しています</translation>
    </message>
    <message>
        <source>closed by virtdesk</source>
        <translation>virtdesk が切断しました</translation>
    </message>
    <message>
        <source>a command channel</source>
        <translation>コマンドチャネル</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>使われなくなりました</translation>
    </message>
    <message>
        <source>a connection to {host} port {port}</source>
        <translation>{host} のポート {port} への接続</translation>
    </message>
    <message>
        <source>command on the host</source>
        <translation>ホスト上のコマンド</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>a host name has only letters, digits, dots, &apos;-&apos; and &apos;_&apos;, and does not start with &apos;-&apos;</source>
        <translation>ホスト名に使えるのは英字、数字、ドット、&apos;-&apos;、&apos;_&apos; だけで、&apos;-&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>a user name has only letters, digits and . _ - @ \, and does not start with &apos;-&apos;</source>
        <translation>ユーザー名に使えるのは英字、数字、. _ - @ \ だけで、&apos;-&apos; で始めることはできません</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>ポートは 1 から 65535 までの数値です</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>a driver name has only lower-case letters and digits</source>
        <translation>ドライバー名に使えるのは英小文字と数字だけです</translation>
    </message>
    <message>
        <source>the path of a libvirt URI starts with &apos;/&apos;</source>
        <translation>libvirt URI のパスは &apos;/&apos; で始まります</translation>
    </message>
    <message>
        <source>parameter {key}</source>
        <translation>パラメーター {key}</translation>
    </message>
    <message>
        <source>proxy={proxy} is not one of {choices}.</source>
        <translation>proxy={proxy} は {choices} のいずれでもありません。</translation>
    </message>
    <message>
        <source>{uri!r} is not a valid URI: {error}.</source>
        <translation>{uri!r} は有効な URI ではありません: {error}。</translation>
    </message>
    <message>
        <source>{uri} does not go over SSH (its transport is {transport!r}).</source>
        <translation>{uri} は SSH を経由しません (トランスポートは {transport!r} です)。</translation>
    </message>
    <message>
        <source>{uri} names no host.</source>
        <translation>{uri} にはホストが指定されていません。</translation>
    </message>
    <message>
        <source>{uri} asks to run the program {program!r} ({key}=); virtdesk&apos;s SSH does not run programs named in a URI. Use the system ssh transport for it.</source>
        <translation>{uri} はプログラム {program!r} の実行を求めています ({key}=) が、virtdesk の SSH は URI で指定されたプログラムを実行しません。この URI にはシステムの ssh のトランスポートを使ってください。</translation>
    </message>
    <message>
        <source>{uri} is not a local libvirt URI of the host.</source>
        <translation>{uri} はホストのローカルの libvirt URI ではありません。</translation>
    </message>
</context>
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>接続の追加</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>カスタム URI</translation>
    </message>
    <message>
        <source>default ({port})</source>
        <translation>デフォルト ({port})</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>{name} (session)</source>
        <translation>{name} (セッション)</translation>
    </message>
    <message>
        <source>Not on this machine: {reason} A remote host may have it.</source>
        <translation>このマシンでは使えません: {reason} リモートホストでは使える場合があります。</translation>
    </message>
    <message>
        <source>This ext URI names no program to run (command=).</source>
        <translation>この ext URI には実行するプログラムが指定されていません (command=)。</translation>
    </message>
    <message>
        <source>Tick &quot;I trust this program&quot; to connect.</source>
        <translation>接続するには「このプログラムを信頼する」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>{uri} is already in the list. To open it, select it in the manager and choose Connect.</source>
        <translation>{uri} は既に一覧にあります。開くには、マネージャーでその接続を選んで「接続」を選択してください。</translation>
    </message>
    <message>
        <source>automatic: {name}</source>
        <translation>自動: {name}</translation>
    </message>
    <message>
        <source>virtdesk&apos;s SSH does not run programs named in a URI (command=, netcat=): the system ssh program opens this one.</source>
        <translation>virtdesk の SSH は URI で指定されたプログラム (command=、netcat=) を実行しないため、この URI はシステムの ssh プログラムで開きます。</translation>
    </message>
    <message>
        <source>(the URI names none)</source>
        <translation>(URI に指定がありません)</translation>
    </message>
    <message>
        <source>Opening this URI makes libvirt run a program: {program}. Connect only if you know what it does.</source>
        <translation>この URI を開くと、libvirt がプログラム {program} を実行します。何をするプログラムか分かっている場合にのみ接続してください。</translation>
    </message>
    <message>
        <source>I trust this program: {program}</source>
        <translation>このプログラムを信頼する: {program}</translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu:///system.</source>
        <translation>qemu:///system のような libvirt の URI を入力してください。</translation>
    </message>
    <message>
        <source>&quot;{uri}&quot; is not a URI: it must start with a scheme such as qemu: and contain no spaces.</source>
        <translation>&quot;{uri}&quot; は URI ではありません。qemu: などのスキームで始まり、空白を含まない必要があります。</translation>
    </message>
    <message>
        <source>&quot;{uri}&quot; is not a valid URI: check the host and the port.</source>
        <translation>&quot;{uri}&quot; は有効な URI ではありません。ホストとポートを確認してください。</translation>
    </message>
    <message>
        <source>virtdesk&apos;s SSH cannot open this URI: {reason}</source>
        <translation>virtdesk の SSH ではこの URI を開けません: {reason}</translation>
    </message>
    <message>
        <source>{driver} cannot be opened on this machine: {reason}</source>
        <translation>このマシンでは {driver} を開けません: {reason}</translation>
    </message>
    <message>
        <source>TLS needs a client certificate that libvirt will not find: {file} is missing.</source>
        <translation>TLS にはクライアント証明書が必要ですが、libvirt はそれを見つけられません: {file} がありません。</translation>
    </message>
    <message>
        <source>TCP is unencrypted: unless the host requires SASL with an encrypting mechanism (such as GSSAPI), use it only on a network you trust.</source>
        <translation>TCP は暗号化されません。ホストが暗号化を行うメカニズム (GSSAPI など) による SASL を必須にしていない限り、信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>&quot;{host}&quot; is not a host name or an IP address: a name has only letters, digits, dots, &apos;-&apos; and &apos;_&apos;, and does not start with &apos;-&apos;.</source>
        <translation>&quot;{host}&quot; はホスト名でも IP アドレスでもありません。名前に使えるのは英字、数字、ドット、&apos;-&apos;、&apos;_&apos; だけで、&apos;-&apos; で始めることはできません。</translation>
    </message>
    <message>
        <source>&quot;{user}&quot; is not a user name: it has only letters, digits and . _ - @ \, and does not start with &apos;-&apos;.</source>
        <translation>&quot;{user}&quot; はユーザー名ではありません。ユーザー名に使えるのは英字、数字、. _ - @ \ だけで、&apos;-&apos; で始めることはできません。</translation>
    </message>
    <message>
        <source>&quot;{port}&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>&quot;{port}&quot; はポートではありません。ポートは 1 から 65535 までの数値です。</translation>
    </message>
    <message>
        <source>Enter the name or address of the remote host.</source>
        <translation>リモートホストの名前またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The key file must be an absolute path, such as ~/.ssh/id_ed25519 or /home/me/.ssh/id_ed25519.</source>
        <translation>鍵ファイルは ~/.ssh/id_ed25519 や /home/me/.ssh/id_ed25519 のような絶対パスで指定してください。</translation>
    </message>
    <message>
        <source>The host file must be an absolute path, such as /srv/hosts/lab.xml.</source>
        <translation>ホストファイルは /srv/hosts/lab.xml のような絶対パスで指定してください。</translation>
    </message>
</context>
<context>
    <name>AddConnectionForm</name>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>ハイパーバイザー(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. qemu+ssh://root@host/system, or demo</source>
        <translation>例: qemu+ssh://root@host/system、または demo</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>ホストファイル(&amp;F):</translation>
    </message>
    <message>
        <source>empty: the built-in default host</source>
        <translation>空欄: 組み込みのデフォルトホスト</translation>
    </message>
    <message>
        <source>An absolute path to a host XML file for libvirt&apos;s test driver</source>
        <translation>libvirt のテストドライバー用のホスト XML ファイルの絶対パス</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>トランスポート(&amp;T):</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>ユーザー名(&amp;S):</translation>
    </message>
    <message>
        <source>current user</source>
        <translation>現在のユーザー</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>optional (else the SSH agent or the default keys)</source>
        <translation>省略可 (省略時は SSH エージェントまたはデフォルトの鍵)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Open with the system &amp;ssh program (for ~/.ssh/config tricks)</source>
        <translation>システムの ssh プログラムで開く (~/.ssh/config の設定を活かす場合)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Autoconnect at start</source>
        <translation>起動時に自動接続(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to this host&apos;s s&amp;ession daemon too</source>
        <translation>このホストのセッションデーモンにも接続(&amp;E)</translation>
    </message>
    <message>
        <source>Will open:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>And:</source>
        <translation>および:</translation>
    </message>
</context>
<context>
    <name>AddHardwareDialog</name>
    <message>
        <source>Add Hardware to {name}</source>
        <translation>{name} にハードウェアを追加</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices, networks and storage…</source>
        <translation>ホストのデバイス、ネットワーク、ストレージを読み込み中…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be read: {error}</source>
        <translation>ホストのデバイスを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Preparing the new device</source>
        <translation>新しいデバイスを準備中</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this device:
{errors}</source>
        <translation>libvirt のスキーマがこのデバイスを受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation>追加しませんでした: {error}</translation>
    </message>
    <message>
        <source>Removing the unused new disk image</source>
        <translation>使われなかった新しいディスクイメージを削除中</translation>
    </message>
    <message>
        <source>Added; takes effect after the next shutdown</source>
        <translation>追加しました。次回のシャットダウン後に有効になります</translation>
    </message>
    <message>
        <source>The device is saved in the configuration, but it could not be added to the running VM; it takes effect after the next shutdown.

{failures}</source>
        <translation>デバイスを設定に保存しましたが、実行中の VM には追加できませんでした。次回のシャットダウン後に有効になります。

{failures}</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <source>Audio {id} ({type})</source>
        <translation>オーディオ {id} ({type})</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>Order individual devices (not just kinds of device)</source>
        <translation>個々のデバイスの順序を指定 (デバイスの種類単位ではなく)</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Show the firmware&apos;s boot menu</source>
        <translation>ファームウェアの起動メニューを表示</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Firmware default</source>
        <translation>ファームウェアのデフォルト</translation>
    </message>
    <message>
        <source>Boot menu:</source>
        <translation>起動メニュー:</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>カーネルを直接起動</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>カーネルのパス:</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>initrd のパス:</translation>
    </message>
    <message>
        <source>Kernel args:</source>
        <translation>カーネル引数:</translation>
    </message>
    <message>
        <source>DTB path:</source>
        <translation>DTB のパス:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Type the path on the remote host.</source>
        <translation>リモートホスト上のパスを入力してください。</translation>
    </message>
    <message>
        <source>Container init</source>
        <translation>コンテナーの init</translation>
    </message>
    <message>
        <source>Init path:</source>
        <translation>init のパス:</translation>
    </message>
    <message>
        <source>Init args:</source>
        <translation>init の引数:</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>ハードディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>ネットワーク (PXE)</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>起動オプション</translation>
    </message>
    <message>
        <source>NIC {mac} ({source})</source>
        <translation>NIC {mac} ({source})</translation>
    </message>
    <message>
        <source>Host {type} device {ident}</source>
        <translation>ホスト {type} デバイス {ident}</translation>
    </message>
    <message>
        <source>USB redirection {type}</source>
        <translation>USB リダイレクト {type}</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Give the kernel&apos;s path for direct kernel boot, or turn direct kernel boot off.</source>
        <translation>カーネルの直接起動にはカーネルのパスを指定するか、カーネルの直接起動をオフにしてください。</translation>
    </message>
    <message>
        <source>The init args cannot be read: {error}</source>
        <translation>init の引数を読み取れません: {error}</translation>
    </message>
</context>
<context>
    <name>ChannelForm</name>
    <message>
        <source>Channel:</source>
        <translation>チャネル:</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU ゲストエージェント</translation>
    </message>
    <message>
        <source>SPICE agent (clipboard, resolution)</source>
        <translation>SPICE エージェント (クリップボード、解像度)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Enter the channel&apos;s name (the guest sees it under /dev/virtio-ports/).</source>
        <translation>チャネル名を入力してください (ゲストからは /dev/virtio-ports/ の下に見えます)。</translation>
    </message>
    <message>
        <source>This VM already has a channel named {name}.</source>
        <translation>この VM には既に {name} という名前のチャネルがあります。</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Channel {name}</source>
        <translation>チャネル {name}</translation>
    </message>
</context>
<context>
    <name>CharDeviceForm</name>
    <message>
        <source>Host side:</source>
        <translation>ホスト側:</translation>
    </message>
    <message>
        <source>Chosen by libvirt when empty (UNIX socket)</source>
        <translation>空欄なら libvirt が選択 (UNIX ソケット)</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Listen (bind)</source>
        <translation>待ち受け (bind)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Pseudo terminal (pty)</source>
        <translation>疑似端末 (pty)</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>TCP socket</source>
        <translation>TCP ソケット</translation>
    </message>
    <message>
        <source>Output to a file</source>
        <translation>ファイルへの出力</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>Enter the absolute path of the file to write to.</source>
        <translation>書き込み先ファイルの絶対パスを入力してください。</translation>
    </message>
    <message>
        <source>The socket path must be absolute.</source>
        <translation>ソケットのパスは絶対パスでなければなりません。</translation>
    </message>
    <message>
        <source>Enter the host of the TCP socket.</source>
        <translation>TCP ソケットのホストを入力してください。</translation>
    </message>
</context>
<context>
    <name>CharDevicePage</name>
    <message>
        <source>{kind} {port} ({type})</source>
        <translation>{kind} {port} ({type})</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Demo host</source>
        <translation>デモホスト</translation>
    </message>
    <message>
        <source>{kind} user session</source>
        <translation>{kind} ユーザーセッション</translation>
    </message>
    <message>
        <source>{label} ({uri})</source>
        <translation>{label}（{uri}）</translation>
    </message>
</context>
<context>
    <name>ConsoleForm</name>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>ControllerForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>コントローラー</translation>
    </message>
</context>
<context>
    <name>ControllerPage</name>
    <message>
        <source>Controller {type} {index}{model}</source>
        <translation>コントローラー {type} {index}{model}</translation>
    </message>
</context>
<context>
    <name>CpuPinningGrid</name>
    <message>
        <source>vCPU {n}</source>
        <translation>vCPU {n}</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>エミュレーター</translation>
    </message>
</context>
<context>
    <name>CpusPage</name>
    <message>
        <source>of at most</source>
        <translation>/ 最大</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU 数:</translation>
    </message>
    <message>
        <source>Host CPUs:</source>
        <translation>ホストの CPU:</translation>
    </message>
    <message>
        <source>Set the CPU topology by hand</source>
        <translation>CPU トポロジーを手動で設定</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジー:</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>Dies</source>
        <translation>ダイ</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>コア</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Host passthrough (the host&apos;s CPU as it is)</source>
        <translation>ホストパススルー (ホストの CPU をそのまま)</translation>
    </message>
    <message>
        <source>Host model (a named model close to the host&apos;s CPU)</source>
        <translation>ホストモデル (ホストの CPU に近い名前付きモデル)</translation>
    </message>
    <message>
        <source>Maximum (every feature the hypervisor can offer)</source>
        <translation>最大 (ハイパーバイザーが提供できるすべての機能)</translation>
    </message>
    <message>
        <source>Custom model</source>
        <translation>カスタムモデル</translation>
    </message>
    <message>
        <source>CPU mode:</source>
        <translation>CPU モード:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Scheduler shares:</source>
        <translation>スケジューラーの shares:</translation>
    </message>
    <message>
        <source>Check the host CPUs each vCPU and the emulator threads may run on. A row without checks is not pinned.</source>
        <translation>各 vCPU とエミュレータースレッドを実行してよいホスト CPU にチェックを付けます。チェックのない行は固定されません。</translation>
    </message>
    <message>
        <source>Pinning</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>The hypervisor lists no models: type a name</source>
        <translation>ハイパーバイザーがモデルを示していません。名前を入力してください</translation>
    </message>
    <message>
        <source>{count} on this host</source>
        <translation>このホストに {count} 個</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} 個のモデル</translation>
    </message>
    <message>
        <source>The current vCPU count cannot be more than the maximum.</source>
        <translation>現在の vCPU 数を最大数より大きくすることはできません。</translation>
    </message>
    <message>
        <source>This machine type allows at most {limit} vCPUs.</source>
        <translation>このマシンタイプで使える vCPU は最大 {limit} 個です。</translation>
    </message>
    <message>
        <source>The topology gives {product} vCPUs (sockets × dies × cores × threads), but the maximum is {maximum}. Make them equal.</source>
        <translation>トポロジーでは vCPU が {product} 個 (ソケット × ダイ × コア × スレッド) ですが、最大数は {maximum} です。両者を一致させてください。</translation>
    </message>
    <message>
        <source>Choose a CPU model for the custom mode.</source>
        <translation>カスタムモードの CPU モデルを選択してください。</translation>
    </message>
    <message>
        <source>Set the scheduler shares</source>
        <translation>スケジューラーの shares を設定</translation>
    </message>
    <message>
        <source>Set the vCPU count to {n}</source>
        <translation>vCPU 数を {n} に設定</translation>
    </message>
    <message>
        <source>Pin vCPU {n}</source>
        <translation>vCPU {n} を固定</translation>
    </message>
    <message>
        <source>Pin the emulator threads</source>
        <translation>エミュレータースレッドを固定</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Authentication required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <source>The connection to {uri} asks for credentials.</source>
        <translation>{uri} への接続で認証情報が求められています。</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Some of these changes take effect after the next shutdown of the VM.</source>
        <translation>一部の変更は VM の次回のシャットダウン後に有効になります。</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <source>Add Hardware…</source>
        <translation>ハードウェアを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Choose a device in the list</source>
        <translation>一覧からデバイスを選択してください</translation>
    </message>
    <message>
        <source>Remove {device}</source>
        <translation>{device} を削除</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The host checks the configuration on Apply.</source>
        <translation>構成は「適用」時にホストが検査します。</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Send Key</source>
        <translation>キーを送信</translation>
    </message>
    <message>
        <source>Sending {keys} to {name}</source>
        <translation>{name} に {keys} を送信中</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The configuration could not be read: {error}</source>
        <translation>設定を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未適用の変更</translation>
    </message>
    <message>
        <source>The page “{page}” has changes that are not applied.</source>
        <translation>ページ “{page}” に適用されていない変更があります。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema does not accept this configuration:
{errors}</source>
        <translation>libvirt のスキーマがこの設定を受け付けません:
{errors}</translation>
    </message>
    <message>
        <source>The XML must be a &lt;domain&gt; document.</source>
        <translation>XML は &lt;domain&gt; 文書でなければなりません。</translation>
    </message>
    <message>
        <source>The XML must stay a &lt;{tag}&gt; element.</source>
        <translation>XML は &lt;{tag}&gt; 要素のままでなければなりません。</translation>
    </message>
    <message>
        <source>Saved; some changes wait for a restart</source>
        <translation>保存しました。一部の変更は再起動待ちです</translation>
    </message>
    <message>
        <source>The configuration is saved, but these changes could not be made on the running VM and take effect after its next shutdown:

{failures}</source>
        <translation>設定は保存しましたが、以下の変更は実行中の VM に反映できなかったため、次回のシャットダウン後に有効になります:

{failures}</translation>
    </message>
    <message>
        <source>Not applied: {error}</source>
        <translation>適用しませんでした: {error}</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>適用していません</translation>
    </message>
    <message>
        <source>This VM&apos;s configuration changed elsewhere. Your unapplied changes are kept; reload to see the new configuration (your changes are then lost).</source>
        <translation>この VM の設定が別の場所で変更されました。未適用の変更は保持しています。新しい設定を見るには再読み込みしてください (その場合、変更は失われます)。</translation>
    </message>
    <message>
        <source>{name} on {host}</source>
        <translation>{name} ({host} 上)</translation>
    </message>
    <message>
        <source>Close the window and lose the changes that are not applied?</source>
        <translation>ウィンドウを閉じて、適用していない変更を破棄しますか?</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Apply these changes?</source>
        <translation>これらの変更を適用しますか?</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration will change like this:</source>
        <translation>VM の設定は次のように変わります:</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Insert…</source>
        <translation>挿入…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>メディア:</translation>
    </message>
    <message>
        <source>Network source:</source>
        <translation>ネットワークソース:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>ボリューム:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Device name:</source>
        <translation>デバイス名:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>unmap (pass discards to the image)</source>
        <translation>unmap (discard をイメージに渡す)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignore (無視)</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>キャッシュモード:</translation>
    </message>
    <message>
        <source>IO mode:</source>
        <translation>IO モード:</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>Discard:</translation>
    </message>
    <message>
        <source>Detect zeroes:</source>
        <translation>ゼロの検出:</translation>
    </message>
    <message>
        <source>The guest cannot write to this disk</source>
        <translation>ゲストはこのディスクに書き込めません</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>読み取り専用:</translation>
    </message>
    <message>
        <source>Other VMs may use this disk at the same time</source>
        <translation>他の VM がこのディスクを同時に使用できます</translation>
    </message>
    <message>
        <source>Shareable:</source>
        <translation>共有可能:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>{protocol}: {name}</source>
        <translation>{protocol}: {name}</translation>
    </message>
    <message>
        <source> on {hosts}</source>
        <translation> ({hosts} 上)</translation>
    </message>
    <message>
        <source>Edit network storage in the XML tab.</source>
        <translation>ネットワークストレージは XML タブで編集してください。</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>メディアなし</translation>
    </message>
    <message>
        <source>{name} (the name on the new bus)</source>
        <translation>{name} (新しいバスでの名前)</translation>
    </message>
    <message>
        <source>The serial number may hold only letters, digits, spaces and _ . + -</source>
        <translation>シリアル番号に使えるのは英字、数字、空白、_ . + - だけです</translation>
    </message>
    <message>
        <source>A disk needs a source: a file or device path, or a pool volume.</source>
        <translation>ディスクにはソース (ファイルまたはデバイスのパス、あるいはプールのボリューム) が必要です。</translation>
    </message>
    <message>
        <source>Choose the storage pool of the volume.</source>
        <translation>ボリュームのストレージプールを選択してください。</translation>
    </message>
    <message>
        <source>Eject the media from {drive}</source>
        <translation>{drive} からメディアを取り出し</translation>
    </message>
    <message>
        <source>Insert {media} into {drive}</source>
        <translation>{drive} に {media} を挿入</translation>
    </message>
</context>
<context>
    <name>DomainState</name>
    <message>
        <source>No state</source>
        <translation>状態なし</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>シャットオフ</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>サスペンド中</translation>
    </message>
</context>
<context>
    <name>FieldsDevicePage</name>
    <message>
        <source>Device {tag}</source>
        <translation>デバイス {tag}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{field} must be filled in.</source>
        <translation>{field} を入力してください。</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>{path} (you may not read it)</source>
        <translation>{path} (読み込み権限がありません)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} バイト</translation>
    </message>
</context>
<context>
    <name>FilesystemForm</name>
    <message>
        <source>Driver:</source>
        <translation>ドライバー:</translation>
    </message>
    <message>
        <source>virtiofs (fast; Linux 5.4+, Windows)</source>
        <translation>virtiofs (高速。Linux 5.4 以降、Windows)</translation>
    </message>
    <message>
        <source>9p (virtio-9p)</source>
        <translation>9p (virtio-9p)</translation>
    </message>
    <message>
        <source>/srv/share</source>
        <translation>/srv/share</translation>
    </message>
    <message>
        <source>Host directory:</source>
        <translation>ホストのディレクトリー:</translation>
    </message>
    <message>
        <source>the name the guest mounts, e.g. share</source>
        <translation>ゲストがマウントする名前 (例: share)</translation>
    </message>
    <message>
        <source>Mount tag:</source>
        <translation>マウントタグ:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>virtiofs needs the VM&apos;s memory to be shared with the host. This VM does not share it: adding a virtiofs filesystem also turns shared memory on (memory backed by memfd, access shared).</source>
        <translation>virtiofs には VM のメモリーをホストと共有する必要があります。この VM は共有していないため、virtiofs ファイルシステムを追加すると共有メモリーもオンになります (memfd によるメモリー、access は shared)。</translation>
    </message>
    <message>
        <source>That takes effect after the next shutdown of the VM.</source>
        <translation>これは VM の次回のシャットダウン後に有効になります。</translation>
    </message>
    <message>
        <source>Enter the absolute path of the host directory to share.</source>
        <translation>共有するホストのディレクトリーの絶対パスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the mount tag the guest uses to mount the share.</source>
        <translation>ゲストが共有をマウントするときに使うマウントタグを入力してください。</translation>
    </message>
    <message>
        <source>Another filesystem of this VM already uses the mount tag {tag}.</source>
        <translation>この VM の別のファイルシステムが既にマウントタグ {tag} を使っています。</translation>
    </message>
</context>
<context>
    <name>FilesystemPage</name>
    <message>
        <source>Filesystem {source} → {tag}</source>
        <translation>ファイルシステム {source} → {tag}</translation>
    </message>
    <message>
        <source>virtiofs needs the VM&apos;s memory to be shared with the host, and this VM&apos;s memory is not shared: the VM will not start with this share until it is.</source>
        <translation>virtiofs には VM のメモリーをホストと共有する必要がありますが、この VM のメモリーは共有されていません。共有するまで、この共有フォルダーがあると VM は起動しません。</translation>
    </message>
    <message>
        <source>Share the VM&apos;s memory (memfd) when applying</source>
        <translation>適用時に VM のメモリーを共有する (memfd)</translation>
    </message>
</context>
<context>
    <name>GenericDevicePage</name>
    <message>
        <source>Edit this device in the XML tab.</source>
        <translation>このデバイスは XML タブで編集してください。</translation>
    </message>
</context>
<context>
    <name>GraphWidget</name>
    <message>
        <source>older</source>
        <translation>過去</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>GraphicsForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>SPICE server</source>
        <translation>SPICE サーバー</translation>
    </message>
    <message>
        <source>VNC server</source>
        <translation>VNC サーバー</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1)</source>
        <translation>このホストのみ (127.0.0.1)</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0)</source>
        <translation>すべてのインターフェース (0.0.0.0)</translation>
    </message>
    <message>
        <source>Nothing (local socket)</source>
        <translation>なし (ローカルソケット)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>グラフィックス</translation>
    </message>
</context>
<context>
    <name>GraphicsPage</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>None (only through libvirt)</source>
        <translation>なし (libvirt 経由のみ)</translation>
    </message>
    <message>
        <source>UNIX socket</source>
        <translation>UNIX ソケット</translation>
    </message>
    <message>
        <source>Listen type:</source>
        <translation>待ち受けの種類:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>現在の使用状況:</translation>
    </message>
    <message>
        <source>Require</source>
        <translation>必須にする</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Keymap:</source>
        <translation>キーマップ:</translation>
    </message>
    <message>
        <source>OpenGL acceleration (SPICE)</source>
        <translation>OpenGL アクセラレーション (SPICE)</translation>
    </message>
    <message>
        <source>OpenGL:</source>
        <translation>OpenGL:</translation>
    </message>
    <message>
        <source>Display {type}</source>
        <translation>ディスプレイ {type}</translation>
    </message>
    <message>
        <source>The password could not be read: {error}</source>
        <translation>パスワードを読み取れませんでした: {error}</translation>
    </message>
    <message>
        <source>port {port}</source>
        <translation>ポート {port}</translation>
    </message>
    <message>
        <source>TLS port {port}</source>
        <translation>TLS ポート {port}</translation>
    </message>
    <message>
        <source>socket {path}</source>
        <translation>ソケット {path}</translation>
    </message>
    <message>
        <source>on {address}</source>
        <translation>{address} 上</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>待ち受けていません</translation>
    </message>
    <message>
        <source>Enter the password, or untick “Require”.</source>
        <translation>パスワードを入力するか、“必須にする” のチェックを外してください。</translation>
    </message>
    <message>
        <source>Change the display password</source>
        <translation>ディスプレイのパスワードを変更</translation>
    </message>
    <message>
        <source>Remove the display password</source>
        <translation>ディスプレイのパスワードを削除</translation>
    </message>
</context>
<context>
    <name>HostDetailsWindow</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>{host} — Host Details</source>
        <translation>{host} — ホストの詳細</translation>
    </message>
    <message>
        <source>The connection to {host} was removed: there is nothing to show. Close this window.</source>
        <translation>{host} への接続は削除されたため、表示する内容がありません。このウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} に接続中…</translation>
    </message>
    <message>
        <source>Not connected to {host}: {why}</source>
        <translation>{host} に接続していません: {why}</translation>
    </message>
    <message>
        <source>Not connected to {host}.</source>
        <translation>{host} に接続していません。</translation>
    </message>
    <message>
        <source>The host&apos;s details show again once it is connected.</source>
        <translation>接続すると、ホストの詳細が再び表示されます。</translation>
    </message>
</context>
<context>
    <name>HostDeviceForm</name>
    <message>
        <source>Choose a host device.</source>
        <translation>ホストデバイスを選択してください。</translation>
    </message>
</context>
<context>
    <name>HostFiles</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>You may not open {path} (permission denied).</source>
        <translation>{path} を開く権限がありません (アクセスが拒否されました)。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} はフォルダーではありません。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>未知のホスト鍵</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HostKeyForm</name>
    <message>
        <source>virtdesk has never connected to this host before, so it cannot tell whether it is the machine you mean. Compare the fingerprint with the one the host&apos;s administrator gives you (on the host: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub).</source>
        <translation>virtdesk はこのホストに一度も接続したことがないため、目的のマシンかどうかを判断できません。フィンガープリントを、ホストの管理者から伝えられたものと照合してください (ホスト上で: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub)。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>Trust this key? virtdesk remembers it and warns you if the host ever offers another one.</source>
        <translation>この鍵を信頼しますか? virtdesk はこの鍵を記憶し、今後ホストが別の鍵を提示した場合は警告します。</translation>
    </message>
</context>
<context>
    <name>HostOverviewForm</name>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
    </message>
    <message>
        <source>libvirt on the host:</source>
        <translation>ホストの libvirt:</translation>
    </message>
    <message>
        <source>libvirt here:</source>
        <translation>このコンピューターの libvirt:</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサー</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 数:</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジー:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>周波数:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>空き:</translation>
    </message>
    <message>
        <source>Same-page merging (KSM):</source>
        <translation>同一ページのマージ (KSM):</translation>
    </message>
    <message>
        <source>Huge page sizes:</source>
        <translation>Huge Page のサイズ:</translation>
    </message>
    <message>
        <source>NUMA cells</source>
        <translation>NUMA セル</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリー</translation>
    </message>
    <message>
        <source>Free huge pages</source>
        <translation>空き Huge Page</translation>
    </message>
    <message>
        <source>Use now</source>
        <translation>現在の使用状況</translation>
    </message>
</context>
<context>
    <name>HostStorageForm</name>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation>&lt;b&gt;ストレージプール&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>選択したプールを起動します</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the selected pool; its volumes stay on disk</source>
        <translation>選択したプールを停止します。ボリュームはディスク上に残ります</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the pool&apos;s volumes and sizes again from its storage</source>
        <translation>プールのボリュームとサイズをストレージから読み込み直します</translation>
    </message>
    <message>
        <source>&amp;Autostart (start the pool when the host starts)</source>
        <translation>自動起動 (ホストの起動時にプールを起動)(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ボリューム&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>HostdevPage</name>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>ベンダー:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Node device:</source>
        <translation>ノードデバイス:</translation>
    </message>
    <message>
        <source>Host driver:</source>
        <translation>ホストのドライバー:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Looking on the host…</source>
        <translation>ホストを確認中…</translation>
    </message>
    <message>
        <source>Not found on this host</source>
        <translation>このホストには見つかりません</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub {type} {index}</source>
        <translation>ハブ {type} {index}</translation>
    </message>
</context>
<context>
    <name>InputForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Tablet (absolute pointer)</source>
        <translation>タブレット (絶対座標ポインター)</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>Tablet</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>{type} ({bus})</source>
        <translation>{type} ({bus})</translation>
    </message>
    <message>
        <source>libvirt adds this PS/2 device to every x86 VM; it cannot be changed or removed.</source>
        <translation>この PS/2 デバイスは libvirt がすべての x86 VM に追加するもので、変更や削除はできません。</translation>
    </message>
    <message>
        <source>A tablet needs a USB or VirtIO bus.</source>
        <translation>タブレットには USB または VirtIO バスが必要です。</translation>
    </message>
</context>
<context>
    <name>InsertMediaDialog</name>
    <message>
        <source>Insert Media</source>
        <translation>メディアの挿入</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/install.iso</source>
        <translation>/var/lib/libvirt/images/install.iso</translation>
    </message>
    <message>
        <source>Media for {drive} (an ISO image, another file, or a pool volume):</source>
        <translation>{drive} に入れるメディア (ISO イメージ、その他のファイル、またはプールのボリューム):</translation>
    </message>
</context>
<context>
    <name>IommuPage</name>
    <message>
        <source>IOMMU ({model})</source>
        <translation>IOMMU ({model})</translation>
    </message>
</context>
<context>
    <name>LeasePage</name>
    <message>
        <source>Lease {key}</source>
        <translation>リース {key}</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Do not ask again</source>
        <translation>今後は確認しない</translation>
    </message>
    <message>
        <source>{action} failed for {count} of the selected VMs.</source>
        <translation>選択した VM のうち {count} 台で「{action}」に失敗しました。</translation>
    </message>
</context>
<context>
    <name>LifecycleAction</name>
    <message>
        <source>{action} {name}</source>
        <translation>{name} を{action}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <translation>強制リセット</translation>
    </message>
    <message>
        <source>Force reset restarts {names} at once, like pressing the reset button. Unsaved data in the guest is lost.</source>
        <translation>強制リセットは、リセットボタンを押したときのように {names} を即座に再起動します。ゲスト内の保存されていないデータは失われます。</translation>
    </message>
    <message>
        <source>Force Off</source>
        <translation>強制オフ</translation>
    </message>
    <message>
        <source>Force off stops {names} at once, like pulling the power cord. Unsaved data in the guest is lost and its disks may be left inconsistent.</source>
        <translation>強制オフは、電源コードを抜いたときのように {names} を即座に停止します。ゲスト内の保存されていないデータは失われ、ディスクが不整合な状態になる可能性があります。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected entries as text</source>
        <translation>選択したエントリーをテキストとしてコピー</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Remove all entries from the log</source>
        <translation>ログからすべてのエントリーを削除</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>エントリーを選択すると全文を表示します。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Virtual Machine Manager</source>
        <translation>仮想マシンマネージャー</translation>
    </message>
    <message>
        <source>Filter by name, title, state or description</source>
        <translation>名前、タイトル、状態、説明で絞り込み</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the details and settings of the selected VMs</source>
        <translation>選択した仮想マシンの詳細と設定を表示します</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>接続を追加…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Remove Old Host Key…</source>
        <translation>古いホスト鍵を削除…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>ホストの詳細</translation>
    </message>
    <message>
        <source>Show the selected connection&apos;s host: its facts and storage</source>
        <translation>選択した接続のホストの情報とストレージを表示します</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>About virtdesk</source>
        <translation>virtdesk について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Remove the connection to {label} ({uri}) from the list? Nothing on the host is changed.</source>
        <translation>{label} ({uri}) への接続を一覧から削除しますか? ホスト上のものは何も変更されません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>virtdesk: a desktop manager for libvirt virtual machines.</source>
        <translation>virtdesk: libvirt 仮想マシンのためのデスクトップマネージャー。</translation>
    </message>
    <message>
        <source>{total} VMs, {running} running</source>
        <translation>VM {total} 台、実行中 {running} 台</translation>
    </message>
</context>
<context>
    <name>MemballoonPage</name>
    <message>
        <source>Memory balloon ({model})</source>
        <translation>メモリーバルーン ({model})</translation>
    </message>
    <message>
        <source>Set the memory statistics period to {n} s</source>
        <translation>メモリー統計の間隔を {n} 秒に設定</translation>
    </message>
</context>
<context>
    <name>MemoryDevicePage</name>
    <message>
        <source>Memory {model} {size}</source>
        <translation>メモリー {model} {size}</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <source>Current allocation:</source>
        <translation>現在の割り当て:</translation>
    </message>
    <message>
        <source>Maximum allocation:</source>
        <translation>最大割り当て:</translation>
    </message>
    <message>
        <source>Running VM:</source>
        <translation>実行中の VM:</translation>
    </message>
    <message>
        <source>Back the guest&apos;s memory with huge pages</source>
        <translation>ゲストのメモリーに Huge Page を使用</translation>
    </message>
    <message>
        <source>Huge pages:</source>
        <translation>Huge Page:</translation>
    </message>
    <message>
        <source>Host default</source>
        <translation>ホストのデフォルト</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ページサイズ:</translation>
    </message>
    <message>
        <source>Enable shared memory</source>
        <translation>共有メモリーを有効化</translation>
    </message>
    <message>
        <source>Shared memory:</source>
        <translation>共有メモリー:</translation>
    </message>
    <message>
        <source>Shares the guest&apos;s memory with host processes (memfd). Needed for virtiofs filesystem shares.</source>
        <translation>ゲストのメモリーをホストのプロセスと共有します (memfd)。virtiofs によるファイルシステム共有に必要です。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>{current} of {maximum}</source>
        <translation>{current} / {maximum}</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>The memory sizes must be more than zero.</source>
        <translation>メモリーサイズは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>The current allocation ({current}) cannot be more than the maximum ({maximum}).</source>
        <translation>現在の割り当て ({current}) を最大 ({maximum}) より大きくすることはできません。</translation>
    </message>
    <message>
        <source>Change the current memory to {size}</source>
        <translation>現在のメモリーを {size} に変更</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Connect to:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>ホストのブリッジ</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>ホストデバイス (macvtap)</translation>
    </message>
    <message>
        <source>User-mode networking (no setup)</source>
        <translation>ユーザーモードネットワーク (設定不要)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>macvtap mode:</source>
        <translation>macvtap モード:</translation>
    </message>
    <message>
        <source>Device model:</source>
        <translation>デバイスモデル:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Choose what the NIC connects to.</source>
        <translation>NIC の接続先を選択してください。</translation>
    </message>
</context>
<context>
    <name>NicPage</name>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Bridge device</source>
        <translation>ブリッジデバイス</translation>
    </message>
    <message>
        <source>Open vSwitch bridge</source>
        <translation>Open vSwitch ブリッジ</translation>
    </message>
    <message>
        <source>Host device (macvtap)</source>
        <translation>ホストデバイス (macvtap)</translation>
    </message>
    <message>
        <source>Usermode networking</source>
        <translation>ユーザーモードネットワーク</translation>
    </message>
    <message>
        <source>Network source:</source>
        <translation>ネットワークソース:</translation>
    </message>
    <message>
        <source>Name of the host bridge, e.g. br0</source>
        <translation>ホストのブリッジ名 (例: br0)</translation>
    </message>
    <message>
        <source>Host interface, e.g. eth0</source>
        <translation>ホストのインターフェース (例: eth0)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Device model:</source>
        <translation>デバイスモデル:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>Link is up (the guest sees a cable plugged in)</source>
        <translation>リンクアップ (ゲストからはケーブルが接続されて見えます)</translation>
    </message>
    <message>
        <source>Link state:</source>
        <translation>リンク状態:</translation>
    </message>
    <message>
        <source>Inbound average:</source>
        <translation>受信の平均:</translation>
    </message>
    <message>
        <source>Outbound average:</source>
        <translation>送信の平均:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP アドレス:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>NIC {mac}</source>
        <translation>NIC {mac}</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>No source to choose.</source>
        <translation>選択できるソースがありません。</translation>
    </message>
    <message>
        <source>Edit the source of this kind of NIC in the XML tab.</source>
        <translation>この種類の NIC のソースは XML タブで編集してください。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Asking the guest…</source>
        <translation>ゲストに問い合わせ中…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Choose the network source of this NIC.</source>
        <translation>この NIC のネットワークソースを選択してください。</translation>
    </message>
    <message>
        <source>Change the link state and bandwidth of {nic}</source>
        <translation>{nic} のリンク状態と帯域を変更</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Start this VM when the host boots</source>
        <translation>ホストの起動時にこの VM を起動</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自動起動:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>エミュレーター:</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>マシンタイプ:</translation>
    </message>
    <message>
        <source>Chipset:</source>
        <translation>チップセット:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation>ゲストエージェント:</translation>
    </message>
    <message>
        <source>Guest hostname:</source>
        <translation>ゲストのホスト名:</translation>
    </message>
    <message>
        <source>Guest OS:</source>
        <translation>ゲスト OS:</translation>
    </message>
    <message>
        <source>Guest time:</source>
        <translation>ゲストの時刻:</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP アドレス:</translation>
    </message>
    <message>
        <source>Security label:</source>
        <translation>セキュリティラベル:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Shut the VM down to rename it.</source>
        <translation>名前を変更するには VM をシャットダウンしてください。</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with Secure Boot</source>
        <translation>UEFI (セキュアブート)</translation>
    </message>
    <message>
        <source> (reason {reason})</source>
        <translation> (理由 {reason})</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Configured; the VM is not running</source>
        <translation>設定済み (VM は停止中)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Set the title</source>
        <translation>タイトルを設定</translation>
    </message>
    <message>
        <source>Set the description</source>
        <translation>説明を設定</translation>
    </message>
    <message>
        <source>Set autostart</source>
        <translation>自動起動を設定</translation>
    </message>
    <message>
        <source>The title must be a single line.</source>
        <translation>タイトルは 1 行でなければなりません。</translation>
    </message>
    <message>
        <source>Rename VM</source>
        <translation>VM の名前を変更</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>{name} の新しい名前:</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} の名前を {new} に変更</translation>
    </message>
    <message>
        <source>Not renamed: {error}</source>
        <translation>名前を変更しませんでした: {error}</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>メモリー使用量</translation>
    </message>
    <message>
        <source>not reported by this host</source>
        <translation>このホストからは報告されていません</translation>
    </message>
    <message>
        <source>The host&apos;s details could not be read: {error}</source>
        <translation>ホストの詳細を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>{name} {version}</source>
        <translation>{name} {version}</translation>
    </message>
    <message>
        <source>{nodes} NUMA nodes × {sockets} sockets × {cores} cores × {threads} threads</source>
        <translation>{nodes} NUMA ノード × {sockets} ソケット × {cores} コア × {threads} スレッド</translation>
    </message>
    <message>
        <source>{mhz} MHz</source>
        <translation>{mhz} MHz</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>マージ中</translation>
    </message>
    <message>
        <source>Stopped, merged pages split again</source>
        <translation>停止 (マージ済みのページは再分割)</translation>
    </message>
    <message>
        <source>{shared} pages shared, {sharing} sharing them</source>
        <translation>共有されたページ: {shared}、共有しているページ: {sharing}</translation>
    </message>
    <message>
        <source>{state}: {pages}</source>
        <translation>{state}: {pages}</translation>
    </message>
    <message>
        <source>NUMA cells: {not_reported}</source>
        <translation>NUMA セル: {not_reported}</translation>
    </message>
    <message>
        <source>{size}: {count}</source>
        <translation>{size}: {count}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
</context>
<context>
    <name>PanicForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>ISA (pvpanic)</source>
        <translation>ISA (pvpanic)</translation>
    </message>
    <message>
        <source>PCI (pvpanic)</source>
        <translation>PCI (pvpanic)</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Panic Notifier</source>
        <translation>パニック通知</translation>
    </message>
</context>
<context>
    <name>PanicPage</name>
    <message>
        <source>Panic notifier ({model})</source>
        <translation>パニック通知 ({model})</translation>
    </message>
</context>
<context>
    <name>ParallelForm</name>
    <message>
        <source>Parallel Port</source>
        <translation>パラレルポート</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示します</translation>
    </message>
    <message>
        <source>Saved; shown or changed here</source>
        <translation>保存済み。ここで表示・変更できます</translation>
    </message>
</context>
<context>
    <name>PciHostForm</name>
    <message>
        <source>PCI Host Device</source>
        <translation>PCI ホストデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>IOMMU group {n}</source>
        <translation>IOMMU グループ {n}</translation>
    </message>
    <message>
        <source>No IOMMU group</source>
        <translation>IOMMU グループなし</translation>
    </message>
    <message>
        <source>The host offers no PCI devices.</source>
        <translation>ホストに使える PCI デバイスがありません。</translation>
    </message>
    <message>
        <source>Alone in IOMMU group {n}: it can be passed through by itself.</source>
        <translation>IOMMU グループ {n} に単独で属しているため、単体でパススルーできます。</translation>
    </message>
    <message>
        <source>IOMMU group {n} holds {count} devices; the VM needs all of them (or they must be bound to vfio-pci) for the passthrough to work.</source>
        <translation>IOMMU グループ {n} には {count} 個のデバイスがあります。パススルーするには、VM がそのすべてを使うか、それらを vfio-pci にバインドする必要があります。</translation>
    </message>
    <message>
        <source>This VM already has the PCI device {address}.</source>
        <translation>この VM には既に PCI デバイス {address} があります。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>メモリー使用量</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>ネットワーク I/O</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>VM は実行されていません</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>PoolListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>PoolState</name>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>構築中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>アクセス不可</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <translation>CPU 使用率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory usage</source>
        <translation>メモリー使用量(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <translation>ディスク I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <translation>ネットワーク I/O(&amp;N)</translation>
    </message>
    <message>
        <source>Confirm &amp;force off and force reset</source>
        <translation>強制オフと強制リセットを確認する(&amp;F)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>&amp;Update every:</source>
        <translation>更新間隔(&amp;U):</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>取得する項目:</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>RedirdevForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>SPICE channel</source>
        <translation>SPICE チャネル</translation>
    </message>
    <message>
        <source>TCP (usbredir server)</source>
        <translation>TCP (usbredir サーバー)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>USB Redirection</source>
        <translation>USB リダイレクト</translation>
    </message>
    <message>
        <source>Enter the host of the usbredir server.</source>
        <translation>usbredir サーバーのホストを入力してください。</translation>
    </message>
</context>
<context>
    <name>RedirdevPage</name>
    <message>
        <source>USB redirector {index} ({type}{where})</source>
        <translation>USB リダイレクター {index} ({type}{where})</translation>
    </message>
</context>
<context>
    <name>RemoteFileDialog</name>
    <message>
        <source>Choose a Folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Files on {host}</source>
        <translation>{host} 上のファイル</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>このコンピューター上のファイル</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{error} Showing your home folder instead.</source>
        <translation>{error} 代わりにホームフォルダーを表示しています。</translation>
    </message>
</context>
<context>
    <name>RemoteFileForm</name>
    <message>
        <source>Up to the folder that holds this one</source>
        <translation>1 つ上のフォルダーへ移動</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Your home folder on the host</source>
        <translation>ホスト上のホームフォルダー</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Type a path and press Enter</source>
        <translation>パスを入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
</context>
<context>
    <name>RemoveHardwareDialog</name>
    <message>
        <source>Remove Hardware</source>
        <translation>ハードウェアの削除</translation>
    </message>
    <message>
        <source>Remove {device} from {vm}?</source>
        <translation>{vm} から {device} を削除しますか?</translation>
    </message>
    <message>
        <source>The VM is running: the device is also unplugged from it, which needs the guest&apos;s cooperation.</source>
        <translation>VM は実行中です。デバイスは VM からも取り外されますが、それにはゲストの協力が必要です。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Also delete the disk image {path} (its data is lost)</source>
        <translation>ディスクイメージ {path} も削除する (データは失われます)</translation>
    </message>
    <message>
        <source>The disk image {path} is also used by {vms}. Nothing was removed; remove the device without deleting the image, or detach it from {vms} first.</source>
        <translation>ディスクイメージ {path} は {vms} も使用しています。何も削除していません。イメージを削除せずにデバイスを削除するか、先に {vms} から取り外してください。</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>削除しませんでした: {error}</translation>
    </message>
    <message>
        <source>Removed; takes effect after the next shutdown</source>
        <translation>削除しました。次回のシャットダウン後に有効になります</translation>
    </message>
    <message>
        <source>The device is removed from the configuration, but it could not be unplugged from the running VM; it goes away at the next shutdown.

{failures}</source>
        <translation>デバイスを設定から削除しましたが、実行中の VM からは取り外せませんでした。次回のシャットダウンで取り除かれます。

{failures}</translation>
    </message>
    <message>
        <source>Disk image kept</source>
        <translation>ディスクイメージを残しました</translation>
    </message>
    <message>
        <source>The device is removed, but its disk image was not deleted: {error}</source>
        <translation>デバイスは削除しましたが、ディスクイメージは削除できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>RngForm</name>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>QEMU built-in</source>
        <translation>QEMU 内蔵</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>RNG</source>
        <translation>RNG</translation>
    </message>
    <message>
        <source>Enter the host&apos;s random device, such as /dev/urandom.</source>
        <translation>/dev/urandom などのホストの乱数デバイスを入力してください。</translation>
    </message>
</context>
<context>
    <name>RngPage</name>
    <message>
        <source>RNG {backend}</source>
        <translation>RNG {backend}</translation>
    </message>
</context>
<context>
    <name>SavedPasswords</name>
    <message>
        <source>The desktop keyring could not be read</source>
        <translation>デスクトップのキーリングを読み込めませんでした</translation>
    </message>
    <message>
        <source>An empty password is not saved</source>
        <translation>空のパスワードは保存されません</translation>
    </message>
    <message>
        <source>The password cannot be saved: {reason}</source>
        <translation>パスワードを保存できません: {reason}</translation>
    </message>
    <message>
        <source>The desktop keyring did not save the password</source>
        <translation>デスクトップのキーリングにパスワードを保存できませんでした</translation>
    </message>
    <message>
        <source>The desktop keyring could not remove the password</source>
        <translation>デスクトップのキーリングからパスワードを削除できませんでした</translation>
    </message>
    <message>
        <source>the python keyring module is not installed</source>
        <translation>Python の keyring モジュールがインストールされていません</translation>
    </message>
    <message>
        <source>saving passwords is turned off in the keyring configuration</source>
        <translation>keyring の設定でパスワードの保存がオフになっています</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached</source>
        <translation>システムのキーチェーンにアクセスできません</translation>
    </message>
    <message>
        <source>the python SecretStorage module is not installed</source>
        <translation>Python の SecretStorage モジュールがインストールされていません</translation>
    </message>
    <message>
        <source>no Secret Service is running (install and unlock GNOME Keyring or KWallet)</source>
        <translation>Secret Service が実行されていません (GNOME キーリングまたは KWallet をインストールして、ロックを解除してください)</translation>
    </message>
    <message>
        <source>A saved password needs a target (user@host:port or a key file)</source>
        <translation>保存するパスワードには対象 (user@host:port または鍵ファイル) が必要です</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The VM&apos;s screen could not be read as a picture</source>
        <translation>VM の画面を画像として読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} に書き込めませんでした</translation>
    </message>
    <message>
        <source>Taking a screenshot of {name}</source>
        <translation>{name} のスクリーンショットを撮影中</translation>
    </message>
</context>
<context>
    <name>SerialForm</name>
    <message>
        <source>Serial Port</source>
        <translation>シリアルポート</translation>
    </message>
</context>
<context>
    <name>ShmemPage</name>
    <message>
        <source>Shared memory {name}</source>
        <translation>共有メモリー {name}</translation>
    </message>
</context>
<context>
    <name>SmartcardForm</name>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Passthrough (from the SPICE client)</source>
        <translation>パススルー (SPICE クライアントから)</translation>
    </message>
    <message>
        <source>Host reader</source>
        <translation>ホストのカードリーダー</translation>
    </message>
    <message>
        <source>Smartcard</source>
        <translation>スマートカード</translation>
    </message>
</context>
<context>
    <name>SmartcardPage</name>
    <message>
        <source>Smartcard ({mode})</source>
        <translation>スマートカード ({mode})</translation>
    </message>
</context>
<context>
    <name>SoundForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Sound {model}</source>
        <translation>サウンド {model}</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <source>Key Passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>The SSH key {key} is protected by a passphrase.</source>
        <translation>SSH 鍵 {key} はパスフレーズで保護されています。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Log in to {target} with a password.</source>
        <translation>パスワードで {target} にログインします。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>SSH Login</source>
        <translation>SSH ログイン</translation>
    </message>
    <message>
        <source>{target} asks:</source>
        <translation>{target} からの質問:</translation>
    </message>
    <message>
        <source>Cannot remember it: {reason}</source>
        <translation>記憶できません: {reason}</translation>
    </message>
</context>
<context>
    <name>SshLoginForm</name>
    <message>
        <source>The previous answer was not accepted. Try again.</source>
        <translation>前回の回答は受け付けられませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Remember in the keyring</source>
        <translation>キーリングに記憶する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StorageForm</name>
    <message>
        <source>Device type:</source>
        <translation>デバイスの種類:</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>Create a disk image</source>
        <translation>ディスクイメージを作成</translation>
    </message>
    <message>
        <source>Use an existing volume or path</source>
        <translation>既存のボリュームまたはパスを使用</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>プール:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2 (シン、スナップショット対応)</translation>
    </message>
    <message>
        <source>raw (fastest)</source>
        <translation>raw (最速)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>フォーマット:</translation>
    </message>
    <message>
        <source>/path/to/image.qcow2, /dev/sdX or an ISO</source>
        <translation>/path/to/image.qcow2、/dev/sdX、または ISO</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>キャッシュ:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Give the new disk image a file name (without “/”).</source>
        <translation>新しいディスクイメージのファイル名を指定してください (“/” は使えません)。</translation>
    </message>
    <message>
        <source>The pool already has a volume named {name}.</source>
        <translation>このプールには既に {name} という名前のボリュームがあります。</translation>
    </message>
    <message>
        <source>The size of the new disk image must be more than zero.</source>
        <translation>新しいディスクイメージのサイズは 0 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>Enter the path of the disk image or device (a CD-ROM or floppy may stay empty).</source>
        <translation>ディスクイメージまたはデバイスのパスを入力してください (CD-ROM とフロッピーは空欄でもかまいません)。</translation>
    </message>
    <message>
        <source>The path must be absolute (start with “/”).</source>
        <translation>パスは絶対パス (“/” で始まる) でなければなりません。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Started {name}.</source>
        <translation>{name} を起動しました。</translation>
    </message>
    <message>
        <source>Could not start {name}: {error}</source>
        <translation>{name} を起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>Stopped {name}.</source>
        <translation>{name} を停止しました。</translation>
    </message>
    <message>
        <source>Could not stop {name}: {error}</source>
        <translation>{name} を停止できませんでした: {error}</translation>
    </message>
    <message>
        <source>Refreshed {name}.</source>
        <translation>{name} を更新しました。</translation>
    </message>
    <message>
        <source>Could not refresh {name}: {error}</source>
        <translation>{name} を更新できませんでした: {error}</translation>
    </message>
    <message>
        <source>{name} now starts with the host.</source>
        <translation>{name} はホストの起動時に起動するようになりました。</translation>
    </message>
    <message>
        <source>Could not turn autostart on for {name}: {error}</source>
        <translation>{name} の自動起動をオンにできませんでした: {error}</translation>
    </message>
    <message>
        <source>{name} no longer starts with the host.</source>
        <translation>{name} はホストの起動時に起動しなくなりました。</translation>
    </message>
    <message>
        <source>Could not turn autostart off for {name}: {error}</source>
        <translation>{name} の自動起動をオフにできませんでした: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ボリューム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No storage pool is selected.</source>
        <translation>ストレージプールが選択されていません。</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>このホストにはストレージプールがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volumes of {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} のボリューム&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The pool is not active: start it to list its volumes.</source>
        <translation>プールがアクティブではありません。ボリュームを一覧表示するには、プールを起動してください。</translation>
    </message>
    <message>
        <source>Reading the volumes…</source>
        <translation>ボリュームを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 個のボリューム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageSource</name>
    <message>
        <source>{size} allocated</source>
        <translation>{size} 割り当て済み</translation>
    </message>
</context>
<context>
    <name>StorageSourceChooser</name>
    <message>
        <source>File or device path</source>
        <translation>ファイルまたはデバイスのパス</translation>
    </message>
    <message>
        <source>Storage pool volume</source>
        <translation>ストレージプールのボリューム</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>ディスクイメージの選択</translation>
    </message>
</context>
<context>
    <name>TpmForm</name>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>Emulated (swtpm)</source>
        <translation>エミュレート (swtpm)</translation>
    </message>
    <message>
        <source>Host TPM (passthrough)</source>
        <translation>ホストの TPM (パススルー)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Host device:</source>
        <translation>ホストデバイス:</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>This VM already has a TPM.</source>
        <translation>この VM には既に TPM があります。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s TPM device, such as /dev/tpm0.</source>
        <translation>/dev/tpm0 などのホストの TPM デバイスを入力してください。</translation>
    </message>
</context>
<context>
    <name>TpmPage</name>
    <message>
        <source>TPM{version} ({model})</source>
        <translation>TPM{version} ({model})</translation>
    </message>
</context>
<context>
    <name>UsbHostForm</name>
    <message>
        <source>USB Host Device</source>
        <translation>USB ホストデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The host offers no USB devices.</source>
        <translation>ホストに使える USB デバイスがありません。</translation>
    </message>
    <message>
        <source>This VM already has that USB device.</source>
        <translation>この VM には既にその USB デバイスがあります。</translation>
    </message>
</context>
<context>
    <name>VideoForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーのデフォルト</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation>ヘッド数:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Video RAM (QXL):</source>
        <translation>ビデオ RAM (QXL):</translation>
    </message>
    <message>
        <source>3D acceleration (virtio; needs OpenGL on the display)</source>
        <translation>3D アクセラレーション (virtio。ディスプレイで OpenGL が必要)</translation>
    </message>
    <message>
        <source>3D acceleration:</source>
        <translation>3D アクセラレーション:</translation>
    </message>
    <message>
        <source>Video {model}</source>
        <translation>ビデオ {model}</translation>
    </message>
</context>
<context>
    <name>VmTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>フォーマット</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用している VM</translation>
    </message>
</context>
<context>
    <name>VsockForm</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Guest CID:</source>
        <translation>ゲストの CID:</translation>
    </message>
    <message>
        <source>VSOCK</source>
        <translation>VSOCK</translation>
    </message>
    <message>
        <source>This VM already has a VSOCK device.</source>
        <translation>この VM には既に VSOCK デバイスがあります。</translation>
    </message>
</context>
<context>
    <name>VsockPage</name>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>vsock (CID {cid})</source>
        <translation>vsock (CID {cid})</translation>
    </message>
</context>
<context>
    <name>WatchdogForm</name>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Reset the VM</source>
        <translation>VM をリセット</translation>
    </message>
    <message>
        <source>Shut down gracefully</source>
        <translation>正常にシャットダウン</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>電源オフ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Dump core</source>
        <translation>コアダンプ</translation>
    </message>
    <message>
        <source>Inject an NMI</source>
        <translation>NMI を送る</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>ウォッチドッグ</translation>
    </message>
</context>
<context>
    <name>WatchdogPage</name>
    <message>
        <source>Watchdog ({model})</source>
        <translation>ウォッチドッグ ({model})</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー: {error}</translation>
    </message>
    <message>
        <source>virtdesk: warning: {uri} makes libvirt run the program {program}</source>
        <translation>virtdesk: 警告: {uri} を開くと libvirt がプログラム {program} を実行します</translation>
    </message>
    <message>
        <source>No connection to show the host of</source>
        <translation>ホストを表示する接続がありません</translation>
    </message>
    <message>
        <source>No VM named {name}</source>
        <translation>{name} という名前の VM はありません</translation>
    </message>
    <message>
        <source>virtdesk: PySide6 {qt} on Python {python} loses a reference to None on every Qt call and would crash within minutes. Install another PySide6 release (pip install &apos;PySide6-Essentials&lt;6.12&apos;) or run virtdesk with Python 3.12 or newer.</source>
        <translation>virtdesk: Python {python} 上の PySide6 {qt} は Qt を呼び出すたびに None への参照を失うため、数分以内にクラッシュします。別のリリースの PySide6 をインストールする (pip install &apos;PySide6-Essentials&lt;6.12&apos;) か、Python 3.12 以降で virtdesk を実行してください。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{message} (libvirt error code {code})</source>
        <translation>{message} (libvirt エラーコード {code})</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>libvirt&apos;s event loop failed; it goes on</source>
        <translation>libvirt のイベントループでエラーが発生しました。処理は続行します</translation>
    </message>
    <message>
        <source>libvirt&apos;s event loop had stopped; it was started again</source>
        <translation>libvirt のイベントループが停止していたため、再開しました</translation>
    </message>
</context>
<context>
    <name>streams</name>
    <message>
        <source>{path} ({size} bytes) is larger than the volume {volume} ({capacity} bytes)</source>
        <translation>{path} ({size} バイト) はボリューム {volume} ({capacity} バイト) より大きいです</translation>
    </message>
    <message>
        <source>The console was closed</source>
        <translation>コンソールが閉じられました</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>No answer within {seconds:.0f} s</source>
        <translation>{seconds:.0f} 秒以内に応答がありません</translation>
    </message>
</context>
</TS>
